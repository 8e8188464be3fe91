import type { ComponentType } from 'react'

/**
 * The app's tab bar outside the pages: none on weapp, where WeChat puts src/custom-tab-bar on each tab page.
 * H5 builds take tab-bar.h5.tsx instead of this file (Taro resolves `.h5` files first).
 */
export const TabBar: ComponentType | null = null

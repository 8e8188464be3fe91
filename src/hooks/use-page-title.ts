import { useDidShow } from '@tarojs/taro'
import { useEffect } from 'react'
import { setPageTitle } from '@/platform/page'

/** Keeps the navigation-bar title (weapp) or browser tab title (H5) on this page's title, also after coming back to it. */
export function usePageTitle(title: string): void {
  useEffect(() => setPageTitle(title), [title])
  useDidShow(() => setPageTitle(title))
}

import { usePageNotFound } from '@tarojs/taro'
import { createElement, Fragment, type PropsWithChildren } from 'react'
import { TabBar } from '@/components/tab-bar/tab-bar'
import { settingsStore } from '@/platform/stores'
import { startContentUpdates } from '@/platform/content-update'
import { watchLazyLoads } from '@/platform/lazy-load'
import { watchPageLoads } from '@/platform/page-load'
import { handleUnknownRoute } from '@/platform/page'
import { followShownRoute } from '@/platform/route'
import { startStudioPreview } from '@/platform/studio-preview'
import './app.scss'

// Before any page renders: a cached update is put in use now, the network is checked after launch.
// Only in a build with a content URL: without one, the update code, valibot and the schema are left out.
if (process.env.TARO_APP_CONTENT_URL) startContentUpdates()
// H5: the app's tab bar follows the route Taro's router shows, from its first one.
followShownRoute()
// weapp: a content part that cannot be downloaded is logged; the page that asked for it shows 暂时没能载入 + 重试.
watchLazyLoads()
// H5: a page whose files cannot be fetched (no signal) says so instead of doing nothing or showing a blank page.
watchPageLoads()
// Only the studio's preview build (TARO_APP_STUDIO_PREVIEW=1) takes a draft from the studio around it.
if (process.env.TARO_APP_STUDIO_PREVIEW)
  startStudioPreview((on) => settingsStore.set((prev) => (prev.elderMode === on ? prev : { ...prev, elderMode: on })))

function App({ children }: PropsWithChildren) {
  usePageNotFound(() => handleUnknownRoute())
  // H5 draws its tab bar beside the pages (weapp: WeChat puts src/custom-tab-bar on each tab page).
  return TabBar ? createElement(Fragment, null, children, createElement(TabBar)) : children
}

export default App

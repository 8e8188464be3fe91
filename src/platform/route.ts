import Taro from '@tarojs/taro'

/** The route of the page being shown ('' before a page is up). */
export function currentRoutePath(): string {
  try {
    return Taro.getCurrentInstance().router?.path ?? ''
  } catch {
    return ''
  }
}

/*
 * H5: the route Taro's router is showing, from the moment it starts to show it (before the page's files have
 * arrived, and also when they cannot), for the app's own tab bar (components/tab-bar). Taro's router announces
 * each route on its event centre, as it did to its own tab bar.
 */
let shown = ''
const shownListeners = new Set<() => void>()

/** Starts following the router (H5; call before the router starts, i.e. at the app's import). */
export function followShownRoute(): void {
  if (process.env.TARO_ENV !== 'h5') return
  Taro.eventCenter.on('__taroRouterChange', (change?: { toLocation?: { path?: string } }) => {
    const path = change?.toLocation?.path ?? ''
    if (path === shown) return
    shown = path
    for (const l of shownListeners) l()
  })
}

/** The path the router is showing, e.g. /pages/search/index; '/' (or '' before it started) is the entry page. */
export function shownRoute(): string {
  return shown
}

export function subscribeShownRoute(listener: () => void): () => void {
  shownListeners.add(listener)
  return () => shownListeners.delete(listener)
}

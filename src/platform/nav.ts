import Taro from '@tarojs/taro'
import { HOME_PATH, isTabPath } from '@/domain/routes'
import { notify } from './feedback'
import { fetchPageFiles, PAGE_FAILED_NOTICE } from './page-load'

/** A second push this soon after the first is the same tap arriving twice (double tap, a bouncing finger). */
export const NAV_GUARD_MS = 600

let inFlight = false
let lastPush = { url: '', at: Number.NEGATIVE_INFINITY }

/**
 * Opens a route; tab pages need switchTab on weapp, and a full page stack falls back to
 * redirect. On H5 a tab is opened as a page (pushed): Taro's H5 switchTab replaces the
 * history entry, so the browser's back from 搜索 or 我的 would leave the site. Taro's H5
 * router still shows a tab page it keeps (no second copy), whichever way it is reached. Within NAV_GUARD_MS of a push, the same route again, or any route
 * while that push is still under way, is ignored: a double tap opens one page.
 */
export async function openRoute(url: string, now: () => number = Date.now): Promise<void> {
  const at = now()
  if (at - lastPush.at < NAV_GUARD_MS && (inFlight || url === lastPush.url)) return
  inFlight = true
  lastPush = { url, at }
  try {
    const fetching = fetchPageFiles(url)
    if (fetching && !(await fetching)) {
      notify(PAGE_FAILED_NOTICE)
      return
    }
    if (isTabPath(url)) {
      const tab = url.split('?')[0] ?? url
      if (process.env.TARO_ENV === 'h5') await Taro.navigateTo({ url: tab })
      else await Taro.switchTab({ url: tab })
      return
    }
    const depth = safePageDepth()
    if (depth >= 9) await Taro.redirectTo({ url })
    else await Taro.navigateTo({ url })
  } catch {
    notify('页面打开失败，请稍后再试')
  } finally {
    inFlight = false
  }
}

export async function goHome(): Promise<void> {
  try {
    await Taro.switchTab({ url: HOME_PATH })
  } catch {
    await Taro.reLaunch({ url: HOME_PATH }).catch(() => undefined)
  }
}

export function safePageDepth(): number {
  try {
    return Taro.getCurrentPages().length
  } catch {
    return 1
  }
}

/** A page opened cold (from a share, a QR code, moments' single-page mode) has nothing to go back to. */
export function isOpenedCold(): boolean {
  return safePageDepth() <= 1
}

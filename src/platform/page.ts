import Taro from '@tarojs/taro'
import { HOME_PATH, NOT_FOUND_PATH } from '@/domain/routes'
import { goHome, isOpenedCold } from './nav'

/** The app's own back control: back when there is a page behind, home when the page was opened cold. */
export async function goBack(): Promise<void> {
  if (isOpenedCold()) {
    await goHome()
    return
  }
  try {
    await Taro.navigateBack({ delta: 1 })
  } catch {
    await goHome()
  }
}

/**
 * The page's title where people read it: the weapp navigation bar, the H5 browser tab.
 * On H5 only document.title is set: Taro's own H5 bar would insert the title as markup.
 */
export function setPageTitle(title: string): void {
  if (process.env.TARO_ENV === 'h5') {
    document.title = title
    return
  }
  Taro.setNavigationBarTitle({ title }).catch(() => undefined)
}

/** H5 draws its own title bar (with a back control); weapp has WeChat's. */
export const DRAWS_OWN_TITLE_BAR = process.env.TARO_ENV === 'h5'

/** An address the app does not know: H5 shows 未找到 with a way home; weapp goes home. */
export function handleUnknownRoute(): void {
  if (process.env.TARO_ENV === 'h5') {
    Taro.redirectTo({ url: NOT_FOUND_PATH }).catch(
      () => void Taro.reLaunch({ url: NOT_FOUND_PATH }).catch(() => undefined),
    )
    return
  }
  Taro.reLaunch({ url: HOME_PATH }).catch(() => undefined)
}

/** WeChat has its own 意见反馈 page (Button openType="feedback"); a browser has none. */
export const HAS_BUILT_IN_FEEDBACK = process.env.TARO_ENV === 'weapp'

/** H5: 长辈版 on the whole document, so the browser tab bar (outside every page) grows with it. */
export function markElderMode(on: boolean): void {
  if (process.env.TARO_ENV !== 'h5') return
  document.documentElement.classList.toggle('sy-elder-mode', on)
}

/**
 * H5: a page's state (a list's filters and sort, the day chosen) written into the address of the page on
 * show, so a reload, the browser's back and a copied address keep it. The history entry is replaced in
 * place, keeping the router's own state: the router is not told, so the page is not opened again. Only
 * the page's own route is touched (a page not on show leaves the address alone). weapp has no address:
 * there a shared page path carries the state (useSharing).
 */
export function showStateInAddress(path: string): void {
  if (process.env.TARO_ENV !== 'h5' || typeof window === 'undefined') return
  const hash = window.location.hash.replace(/^#/, '')
  if (hash.split('?')[0] !== path.split('?')[0] || hash === path) return
  try {
    window.history.replaceState(window.history.state, '', `#${path}`)
  } catch {
    // A browser that refuses (too many replacements in a short time) keeps the old address; the page is unharmed.
  }
}

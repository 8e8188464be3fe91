import Taro from '@tarojs/taro'

/**
 * Brings an element of the current page to the top of the screen, after the next render (the element may just
 * have been re-rendered by the tap that asks for it). weapp: pageScrollTo with the selector. H5: the element's
 * own scrollIntoView, which finds whichever box scrolls (Taro's pageScrollTo measures offsetTop, which is
 * relative to the nearest positioned box, not the page). Never throws: a scroll that fails leaves the page as is.
 */
export function scrollToSelector(selector: string): void {
  void Taro.nextTick(() => {
    if (process.env.TARO_ENV === 'h5') {
      const el = typeof document === 'undefined' ? null : document.querySelector(selector)
      if (el && typeof el.scrollIntoView === 'function') el.scrollIntoView({ behavior: 'smooth', block: 'start' })
      return
    }
    Taro.pageScrollTo({ selector, duration: 300 }).catch(() => undefined)
  })
}

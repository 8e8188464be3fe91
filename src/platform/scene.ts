import Taro from '@tarojs/taro'

/** WeChat's scene for a page opened from 朋友圈 (moments), which runs in single-page mode. */
export const MOMENTS_SINGLE_PAGE_SCENE = 1154

/**
 * True when the mini-program was opened from moments in single-page mode:
 * one page, no navigation, no tab bar, no `button open-type`, separate storage.
 * Read from the enter options (launch options on base libraries without them).
 */
export function isSinglePageMode(): boolean {
  if (process.env.TARO_ENV !== 'weapp') return false
  try {
    const options =
      typeof Taro.getEnterOptionsSync === 'function' ? Taro.getEnterOptionsSync() : Taro.getLaunchOptionsSync()
    return Number(options?.scene) === MOMENTS_SINGLE_PAGE_SCENE
  } catch {
    return false
  }
}

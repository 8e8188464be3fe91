import Taro from '@tarojs/taro'

function fontSizeOf(info: unknown): number | undefined {
  const size = (info as { fontSizeSetting?: unknown } | undefined)?.fontSizeSetting
  return typeof size === 'number' ? size : undefined
}

/**
 * The user's WeChat font size setting where the platform reports it (weapp, iOS), else undefined.
 * wx.getAppBaseInfo (base library 2.20.1+) carries it; getSystemInfoSync, deprecated, only where that is missing.
 */
export function systemFontSizeSetting(): number | undefined {
  // A weapp-only branch, so H5 builds leave out Taro's getSystemInfoSync (and its user-agent parser).
  if (process.env.TARO_ENV === 'weapp') {
    try {
      if (typeof Taro.getAppBaseInfo === 'function') return fontSizeOf(Taro.getAppBaseInfo())
      return fontSizeOf(Taro.getSystemInfoSync())
    } catch {
      return undefined
    }
  }
  return undefined
}

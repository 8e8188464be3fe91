import Taro from '@tarojs/taro'

/** The user's WeChat font size setting where the platform reports it (weapp, iOS), else undefined. */
export function systemFontSizeSetting(): number | undefined {
  if (process.env.TARO_ENV !== 'weapp') return undefined
  try {
    const info = Taro.getSystemInfoSync() as { fontSizeSetting?: unknown }
    return typeof info.fontSizeSetting === 'number' ? info.fontSizeSetting : undefined
  } catch {
    return undefined
  }
}

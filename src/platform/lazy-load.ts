import Taro from '@tarojs/taro'

/** What WeChat says when a subpackage loaded with require.async could not be downloaded. */
export interface LazyLoadError {
  type?: string
  subpackage?: string[]
  errMsg?: string
}

type WithLazyLoadError = { onLazyLoadError?: (listener: (res: LazyLoadError) => void) => void }

/**
 * weapp: the content's parts are subpackages loaded with require.async (分包异步化, config/async-pack.ts). When
 * one cannot be downloaded WeChat rejects the page's promise (the page then says 暂时没能载入 with 重试) and tells
 * wx.onLazyLoadError listeners (base library ≥ 2.24.3; ours is 2.32.3), once for a timeout and again when the
 * download has failed. The listener only leaves a line in the log: the page that asked already shows what
 * happened, and its 重试 asks again. H5 loads parts as chunks and has no such event (Taro's H5 onLazyLoadError
 * only says it is unsupported), so it is not called there.
 */
export function watchLazyLoads(): void {
  if (process.env.TARO_ENV !== 'weapp') return
  const register = (Taro as unknown as WithLazyLoadError).onLazyLoadError
  if (typeof register !== 'function') return
  register((res) => {
    console.warn(`content part not loaded: ${(res.subpackage ?? []).join(', ') || res.errMsg || 'unknown'}`)
  })
}

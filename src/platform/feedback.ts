import Taro from '@tarojs/taro'
import type { FailureNotice } from './privacy'
import { isSinglePageMode } from './scene'

/** A short, calm notice. Never throws: a toast failing must not break the action behind it. */
export function notify(title: string): void {
  try {
    void Taro.showToast({ title, icon: 'none', duration: 2500 })
  } catch {
    // Toasts are best effort.
  }
}

/**
 * A notice that stays until read (it carries what to note down instead). When
 * only the permission settings can help, it offers 去设置, which opens them.
 * Never throws.
 */
export async function explain(notice: FailureNotice): Promise<void> {
  // Single-page mode (moments) cannot open 设置: the notice keeps only its text.
  const offerSettings = notice.offerSettings && !isSinglePageMode()
  try {
    const answer = await Taro.showModal({
      title: notice.title,
      content: notice.content,
      showCancel: offerSettings,
      confirmText: offerSettings ? '去设置' : '知道了',
      cancelText: '知道了',
    })
    if (offerSettings && answer.confirm) await Taro.openSetting()
  } catch {
    // The notice itself failed (or 设置 did not open): nothing more to offer.
  }
}

import Taro from '@tarojs/taro'
import type { FailureNotice } from './privacy'
import { isSinglePageMode } from './scene'

const SHOWN_MS = 2500
let current: { node: HTMLElement; timer: ReturnType<typeof setTimeout> } | undefined

/**
 * H5: a few lines of DOM instead of Taro's showToast, whose module brings its
 * modal and action sheet along (about 10 KB gzip on every page). Styles are set
 * through the style object, which the CSP allows; role=status reads it aloud.
 */
function showH5Toast(title: string): void {
  if (current) {
    clearTimeout(current.timer)
    current.node.remove()
  }
  const node = document.createElement('div')
  node.className = 'sy-toast'
  node.setAttribute('role', 'status')
  node.setAttribute('aria-live', 'polite')
  node.textContent = title
  Object.assign(node.style, {
    position: 'fixed',
    left: '50%',
    top: '50%',
    transform: 'translate(-50%, -50%)',
    maxWidth: '80vw',
    padding: '12px 18px',
    borderRadius: '8px',
    background: 'rgba(17, 17, 17, 0.85)',
    color: '#fff',
    fontSize: '16px',
    lineHeight: '1.5',
    textAlign: 'center',
    zIndex: '5000',
    pointerEvents: 'none',
  })
  document.body.appendChild(node)
  const timer = setTimeout(() => {
    node.remove()
    if (current?.node === node) current = undefined
  }, SHOWN_MS)
  current = { node, timer }
}

/** A short, calm notice. Never throws: a toast failing must not break the action behind it. */
export function notify(title: string): void {
  try {
    if (process.env.TARO_ENV === 'h5') showH5Toast(title)
    else void Taro.showToast({ title, icon: 'none', duration: SHOWN_MS })
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

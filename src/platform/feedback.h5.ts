import { COLOURS } from '@/styles/design'
import type { FailureNotice } from './privacy'

/*
 * H5 builds take this file instead of feedback.ts (Taro resolves `.h5` files first). The notices are drawn here,
 * not by Taro's H5 toast and modal: those come as one module with its action sheet, about 6 KB gzip in every
 * first load, and their boxes are plain divs a screen reader does not announce. Same look: a dark box in the
 * middle for a notice, a white box over a dimmed page for one that stays until read.
 */

const TOAST_MS = 2500

/** 长辈版 is marked on the document (platform/page markElderMode): notices, drawn outside every page, grow with it. */
function elder(): boolean {
  return document.documentElement.classList.contains('sy-elder-mode')
}

let toast: { el: HTMLElement; timer?: ReturnType<typeof setTimeout> } | undefined

function styled<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  style: Partial<CSSStyleDeclaration>,
  text?: string,
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag)
  Object.assign(el.style, style)
  if (text !== undefined) el.textContent = text
  return el
}

/** A short, calm notice, read out by screen readers (a polite live region). Never throws. */
export function notify(title: string): void {
  try {
    if (!toast) {
      const el = styled('div', {
        position: 'fixed',
        top: '50%',
        left: '50%',
        zIndex: '5000',
        transform: 'translate(-50%, -50%)',
        boxSizing: 'border-box',
        minWidth: '120px',
        maxWidth: '80vw',
        padding: '10px 15px',
        borderRadius: '5px',
        // Nearly opaque: the page's words under it must not show through the notice's own.
        background: 'rgba(17, 17, 17, 0.9)',
        color: '#fff',
        fontSize: '16px',
        lineHeight: '1.6',
        textAlign: 'center',
        pointerEvents: 'none',
        display: 'none',
      })
      el.className = 'sy-toast'
      el.setAttribute('role', 'status')
      document.body.append(el)
      toast = { el }
    }
    const shown = toast
    clearTimeout(shown.timer)
    shown.el.textContent = title
    const large = elder()
    shown.el.style.fontSize = large ? '22px' : '16px'
    shown.el.style.width = large ? '80vw' : ''
    shown.el.style.maxWidth = large ? '360px' : '240px'
    shown.el.style.display = 'block'
    shown.timer = setTimeout(() => (shown.el.style.display = 'none'), TOAST_MS)
  } catch {
    // Toasts are best effort.
  }
}

/**
 * A notice that stays until read (it carries what to note down instead): a dialog with 知道了, focused when it
 * opens, closed by its button or Esc. A browser has no 设置 a page could open, so H5 never offers 去设置; the
 * notice's words say what to do. Never throws.
 */
export async function explain(notice: FailureNotice): Promise<void> {
  try {
    await new Promise<void>((resolve) => {
      const before = document.activeElement instanceof HTMLElement ? document.activeElement : null
      const large = elder()
      const mask = styled('div', {
        position: 'fixed',
        top: '0',
        right: '0',
        bottom: '0',
        left: '0',
        zIndex: '4999',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        background: 'rgba(0, 0, 0, 0.6)',
      })
      const box = styled('div', {
        width: '80%',
        maxWidth: large ? '380px' : '300px',
        borderRadius: '3px',
        background: COLOURS.surface,
        color: COLOURS.text,
        textAlign: 'center',
        lineHeight: '1.6',
        overflow: 'hidden',
      })
      box.className = 'sy-dialog'
      box.setAttribute('role', 'alertdialog')
      box.setAttribute('aria-modal', 'true')
      const title = styled(
        'h2',
        { margin: '0', padding: '20px 24px 9px', fontSize: large ? '24px' : '18px' },
        notice.title,
      )
      title.id = 'sy-dialog-title'
      const text = styled(
        'p',
        {
          margin: '0',
          padding: '0 24px 12px',
          fontSize: large ? '20px' : '15px',
          whiteSpace: 'pre-line',
          wordBreak: 'break-all',
        },
        notice.content,
      )
      text.id = 'sy-dialog-text'
      box.setAttribute('aria-labelledby', title.id)
      box.setAttribute('aria-describedby', text.id)
      const ok = styled(
        'button',
        {
          display: 'block',
          width: '100%',
          minHeight: large ? '60px' : '48px',
          border: '0',
          borderTop: `1px solid ${COLOURS.border}`,
          background: 'none',
          color: COLOURS.primary,
          fontSize: large ? '22px' : '18px',
        },
        '知道了',
      )
      ok.type = 'button'
      const close = (refocus = true) => {
        document.removeEventListener('keydown', onKey, true)
        window.removeEventListener('popstate', leave)
        window.removeEventListener('hashchange', leave)
        mask.remove()
        if (refocus) before?.focus()
        resolve()
      }
      // The page it spoke about is gone (the phone's back, a link): so is the notice, and the focus stays with
      // the page now shown.
      const leave = () => close(false)
      const onKey = (e: KeyboardEvent) => {
        if (e.key === 'Escape') close()
        // The dialog's only control keeps the focus while it is open.
        if (e.key === 'Tab') {
          e.preventDefault()
          ok.focus()
        }
      }
      ok.addEventListener('click', () => close())
      document.addEventListener('keydown', onKey, true)
      window.addEventListener('popstate', leave)
      window.addEventListener('hashchange', leave)
      box.append(title, text, ok)
      mask.append(box)
      document.body.append(mask)
      ok.focus()
    })
  } catch {
    // The notice itself failed: nothing more to offer.
  }
}

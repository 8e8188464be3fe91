/*
 * H5 builds take this file instead of clipboard.ts: the browser's own
 * clipboard, rather than Taro's setClipboardData, whose module brings Taro's
 * toast, modal and action sheet to every page (about 12 KB gzip).
 */

/** Puts text on the clipboard; rejects when the browser refuses. */
export async function writeClipboard(data: string): Promise<void> {
  if (typeof navigator !== 'undefined' && navigator.clipboard?.writeText) {
    await navigator.clipboard.writeText(data)
    return
  }
  // Older browsers and non-secure pages: a hidden text field and the copy command.
  const field = document.createElement('textarea')
  field.value = data
  field.setAttribute('readonly', '')
  field.style.position = 'fixed'
  field.style.opacity = '0'
  document.body.appendChild(field)
  field.select()
  const copied = document.execCommand('copy')
  field.remove()
  if (!copied) throw new Error('copy refused')
}

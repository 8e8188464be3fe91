/*
 * H5 builds take this file instead of clipboard.ts. Taro's H5 setClipboardData brings its toast and modal module
 * into every first load (it shows 内容已复制 itself, beside the app's own notice); the browser's clipboard does
 * the same job.
 */

/** Puts text on the clipboard; rejects (a NotAllowedError when the browser refuses) if it could not. */
export async function writeClipboard(data: string): Promise<void> {
  if (typeof navigator !== 'undefined' && navigator.clipboard?.writeText) {
    try {
      await navigator.clipboard.writeText(data)
      return
    } catch {
      // Not allowed here (an insecure page, a frame): the older way below may still be.
    }
  }
  const area = document.createElement('textarea')
  area.readOnly = true
  area.value = data
  Object.assign(area.style, { position: 'absolute', left: '-10000px', width: '100px' })
  document.body.append(area)
  area.select()
  area.setSelectionRange(0, data.length)
  let copied = false
  try {
    copied = document.execCommand('copy')
  } finally {
    area.remove()
  }
  if (!copied) throw Object.assign(new Error('the browser refused to copy'), { name: 'NotAllowedError' })
}

import { contentStateOf } from '@/domain/content-store'
import { decidePack } from '@/domain/content-update'
import { contentStore } from './stores'

/*
 * The studio's phone preview: a separate H5 build (TARO_APP_STUDIO_PREVIEW=1, served inside the studio) that
 * shows the draft pack the studio posts into its frame. The draft goes through the same decision as a pack
 * from the content URL (decidePack); a draft the app would reject leaves the last accepted one on screen.
 * Any other build, the public H5 above all, has none of this: process.env.TARO_APP_STUDIO_PREVIEW is ''
 * there, so the listener is dropped from the bundle and a posted pack is ignored.
 */

export interface PreviewMessage {
  type: 'sy-studio-draft'
  text: string
  elderMode: boolean
}

function isPreviewMessage(data: unknown): data is PreviewMessage {
  const d = data as Partial<PreviewMessage> | null
  return typeof d === 'object' && d !== null && d.type === 'sy-studio-draft' && typeof d.text === 'string'
}

/** Listens for drafts from the studio page that framed this preview (same origin, the parent window only). */
export function startStudioPreview(onElderMode: (on: boolean) => void): void {
  if (!process.env.TARO_APP_STUDIO_PREVIEW || typeof window === 'undefined') return
  window.addEventListener('message', (event: MessageEvent) => {
    if (event.source !== window.parent || event.origin !== window.location.origin) return
    if (!isPreviewMessage(event.data)) return
    // Version 0: a draft has no version yet; everything else is the app's own decision on a fetched pack.
    const decision = decidePack(event.data.text, 0)
    if (decision.accept) contentStore.set(contentStateOf(decision.pack, 'update'))
    onElderMode(event.data.elderMode === true)
    window.parent.postMessage(
      { type: 'sy-preview-shown', accepted: decision.accept, reason: decision.accept ? undefined : decision.reason },
      window.location.origin,
    )
  })
}

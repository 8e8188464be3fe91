import { useCallback, useEffect, useRef, useState, type MutableRefObject } from 'react'
import { saveDraft, type Draft } from '../model/draft-store'

/**
 * The draft is saved into this browser as the editor types (a short pause after the last change), at once on
 * Ctrl/⌘+S, and at once when the page is being left. Until a change is saved — the pause not yet over, or the
 * browser's storage refusing it — leaving the page (reload, close, another address) makes the browser ask first,
 * so typing is never lost silently.
 */
export function useAutosave(options: {
  draft: Draft | undefined
  loaded: boolean
  /** The draft as read back on opening: it needs no saving, and "saved" is said only of what the editor typed. */
  opened: MutableRefObject<Draft | undefined>
  onSavedByKey: () => void
}): {
  saveError: string | undefined
  setSaveError: (message: string | undefined) => void
  savedAt: string | undefined
} {
  const { draft, loaded, opened, onSavedByKey } = options
  const [saveError, setSaveError] = useState<string>()
  const [savedAt, setSavedAt] = useState<string>()
  // The latest change not yet saved (or whose save failed).
  const unsaved = useRef<Draft>()

  const save = useCallback(async (d: Draft) => {
    const outcome = await saveDraft(d)
    if (outcome.ok) {
      if (unsaved.current === d) unsaved.current = undefined
      setSaveError(undefined)
      setSavedAt(new Date().toLocaleTimeString('zh-CN', { hour12: false, timeZone: 'Asia/Shanghai' }))
    } else setSaveError(outcome.message)
    return outcome.ok
  }, [])

  const timer = useRef<ReturnType<typeof setTimeout>>()
  useEffect(() => {
    if (!draft || !loaded || draft === opened.current) return
    unsaved.current = draft
    clearTimeout(timer.current)
    timer.current = setTimeout(() => void save(draft), 300)
    return () => clearTimeout(timer.current)
  }, [draft, loaded, opened, save])

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
        e.preventDefault()
        if (draft) void save(draft).then((ok) => ok && onSavedByKey())
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [draft, save, onSavedByKey])

  useEffect(() => {
    const onLeave = (e: BeforeUnloadEvent) => {
      const pending = unsaved.current
      if (!pending) return
      clearTimeout(timer.current)
      // Started now; the browser's question gives it the moment it needs.
      void save(pending)
      e.preventDefault()
      e.returnValue = ''
    }
    window.addEventListener('beforeunload', onLeave)
    return () => window.removeEventListener('beforeunload', onLeave)
  }, [save])

  return { saveError, setSaveError, savedAt }
}

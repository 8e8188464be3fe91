import { useDidHide, useUnload } from '@tarojs/taro'
import { useCallback, useEffect, useRef, useState } from 'react'
import { getSpeaker, type Speaker } from '@/platform/speech'

export type SpeakerState = 'idle' | 'speaking' | 'paused'

const SILENT: Speaker = {
  supported: false,
  speak: () => undefined,
  pause: () => undefined,
  resume: () => undefined,
  stop: () => undefined,
}
let resolved: Speaker | undefined

/** The platform speaker, or a silent one if it cannot even be set up: a page must never break over read-aloud. */
function safeSpeaker(): Speaker {
  if (!resolved) {
    try {
      resolved = getSpeaker()
    } catch {
      resolved = SILENT
    }
  }
  return resolved
}

/**
 * Read-aloud for one page: start, pause, resume, stop. Speech stops when the
 * page is hidden, unloaded or unmounted, so it never follows the resident
 * to another page.
 */
export function useSpeaker(text: string) {
  const speaker = safeSpeaker()
  const [state, setState] = useState<SpeakerState>('idle')
  // The last try could not be read out (no voice on this phone): said beside the button, cleared by the next try.
  const [failed, setFailed] = useState(false)
  const active = useRef(false)

  const stop = useCallback(() => {
    if (!active.current) return
    active.current = false
    speaker.stop()
    setState('idle')
  }, [speaker])

  const start = useCallback(() => {
    active.current = true
    setFailed(false)
    setState('speaking')
    speaker.speak(
      text,
      () => {
        active.current = false
        setState('idle')
      },
      () => {
        active.current = false
        setState('idle')
        setFailed(true)
      },
    )
  }, [speaker, text])

  const pause = useCallback(() => {
    if (!active.current) return
    speaker.pause()
    setState('paused')
  }, [speaker])

  const resume = useCallback(() => {
    if (!active.current) return
    speaker.resume()
    setState('speaking')
  }, [speaker])

  useDidHide(stop)
  useUnload(stop)
  useEffect(
    () => () => {
      if (active.current) speaker.stop()
      active.current = false
    },
    [speaker],
  )

  return { supported: speaker.supported, state, failed, start, pause, resume, stop }
}

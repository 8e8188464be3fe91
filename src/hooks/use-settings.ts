import { useCallback } from 'react'
import { fontScaleFromSystem } from '@/domain/settings'
import { settingsStore } from '@/platform/stores'
import { systemFontSizeSetting } from '@/platform/system'
import { useStore } from './use-store'

let systemScale: number | undefined

export function useSettings() {
  const settings = useStore(settingsStore)
  /** Flips 长辈版 from the current stored value (not the last render), so a burst of taps counts every tap. */
  const toggleElderMode = useCallback(() => {
    const outcome = settingsStore.set((prev) => ({ ...prev, elderMode: !prev.elderMode }))
    return { on: settingsStore.get().elderMode, outcome }
  }, [])
  if (systemScale === undefined) systemScale = fontScaleFromSystem(systemFontSizeSetting())
  return { settings, toggleElderMode, fontScale: systemScale }
}

import { useCallback, useSyncExternalStore } from 'react'
import { fontScaleFromSystem, parseSettings, type Settings } from '@/domain/settings'
import { STORAGE_KEYS } from '@/platform/storage'
import { systemFontSizeSetting } from '@/platform/system'
import { createPersistentStore } from './persistent-store'

export const settingsStore = createPersistentStore<Settings>(
  STORAGE_KEYS.settings,
  (raw) => {
    const { settings, recovered } = parseSettings(raw)
    return { value: settings, recovered }
  },
  '设置数据有损坏，已恢复为默认设置',
)

let systemScale: number | undefined

export function useSettings() {
  const settings = useSyncExternalStore(settingsStore.subscribe, settingsStore.get, settingsStore.get)
  const setElderMode = useCallback((elderMode: boolean) => settingsStore.set({ ...settingsStore.get(), elderMode }), [])
  if (systemScale === undefined) systemScale = fontScaleFromSystem(systemFontSizeSetting())
  return { settings, setElderMode, fontScale: systemScale }
}

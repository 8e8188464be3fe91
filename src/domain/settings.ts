import { boolean, object } from 'valibot'
import { storedValue, type StoredShape } from './stored'

export interface Settings {
  /** 长辈版: large type, high contrast, big touch targets. */
  elderMode: boolean
}

export const DEFAULT_SETTINGS: Settings = { elderMode: false }

/** Settings as stored; anything else means the defaults. */
export const settingsShape: StoredShape<Settings> = storedValue(object({ elderMode: boolean() }), DEFAULT_SETTINGS)

/**
 * Scale to apply on top of our sizes from the user's own WeChat font setting
 * (fontSizeSetting, 17 is the default). Never shrinks, capped so layouts hold.
 */
export function fontScaleFromSystem(fontSizeSetting: unknown): number {
  if (typeof fontSizeSetting !== 'number' || !Number.isFinite(fontSizeSetting) || fontSizeSetting <= 17) return 1
  return Math.min(1.5, Math.round((fontSizeSetting / 17) * 100) / 100)
}

import type { StoredShape } from './stored'

export interface Settings {
  /** 长辈版: large type, high contrast, big touch targets. */
  elderMode: boolean
}

export const DEFAULT_SETTINGS: Settings = { elderMode: false }

/**
 * Settings as stored (an object whose elderMode is true or false; other keys are dropped); anything else means
 * the defaults. Checked by hand rather than with a valibot schema: home reads this before its first draw, and
 * valibot was 2 KB gzip of its first load for one boolean.
 */
export const settingsShape: StoredShape<Settings> = {
  empty: DEFAULT_SETTINGS,
  repair(value) {
    const elderMode = typeof value === 'object' && value !== null ? (value as Partial<Settings>).elderMode : undefined
    return typeof elderMode === 'boolean'
      ? { value: { elderMode }, recovered: false, rewrite: false }
      : { value: DEFAULT_SETTINGS, recovered: true, rewrite: true }
  },
}

/**
 * Scale to apply on top of our sizes from the user's own WeChat font setting
 * (fontSizeSetting, 17 is the default). Never shrinks, capped so layouts hold.
 */
export function fontScaleFromSystem(fontSizeSetting: unknown): number {
  if (typeof fontSizeSetting !== 'number' || !Number.isFinite(fontSizeSetting) || fontSizeSetting <= 17) return 1
  return Math.min(1.5, Math.round((fontSizeSetting / 17) * 100) / 100)
}

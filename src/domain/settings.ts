export interface Settings {
  /** 长辈版: large type, high contrast, big touch targets. */
  elderMode: boolean
}

export const DEFAULT_SETTINGS: Settings = { elderMode: false }

export function parseSettings(raw: unknown): { settings: Settings; recovered: boolean } {
  if (raw === undefined || raw === null || raw === '') return { settings: DEFAULT_SETTINGS, recovered: false }
  let value = raw
  if (typeof raw === 'string') {
    try {
      value = JSON.parse(raw)
    } catch {
      return { settings: DEFAULT_SETTINGS, recovered: true }
    }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { settings: DEFAULT_SETTINGS, recovered: true }
  const elderMode = (value as Record<string, unknown>).elderMode
  if (typeof elderMode !== 'boolean') return { settings: DEFAULT_SETTINGS, recovered: true }
  return { settings: { elderMode }, recovered: false }
}

/**
 * Scale to apply on top of our sizes from the user's own WeChat font setting
 * (fontSizeSetting, 17 is the default). Never shrinks, capped so layouts hold.
 */
export function fontScaleFromSystem(fontSizeSetting: unknown): number {
  if (typeof fontSizeSetting !== 'number' || !Number.isFinite(fontSizeSetting) || fontSizeSetting <= 17) return 1
  return Math.min(1.5, Math.round((fontSizeSetting / 17) * 100) / 100)
}

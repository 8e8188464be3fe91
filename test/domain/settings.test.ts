import { DEFAULT_SETTINGS, fontScaleFromSystem, settingsShape } from '@/domain/settings'
import { decodeStored } from '@/domain/stored'

const parseSettings = (raw: unknown) => {
  const { value, recovered } = decodeStored(raw, settingsShape)
  return { settings: value, recovered }
}

describe('parseSettings', () => {
  it('reads the stored elderly mode', () => {
    expect(parseSettings(JSON.stringify({ elderMode: true }))).toEqual({
      settings: { elderMode: true },
      recovered: false,
    })
    expect(parseSettings({ elderMode: false })).toEqual({ settings: { elderMode: false }, recovered: false })
  })

  it('keeps the elderly mode of settings written with more keys, and drops the rest', () => {
    expect(parseSettings(JSON.stringify({ elderMode: true, fontScale: 2 }))).toEqual({
      settings: { elderMode: true },
      recovered: false,
    })
  })

  it('starts with the standard mode when nothing is stored', () => {
    for (const raw of [undefined, null, ''])
      expect(parseSettings(raw)).toEqual({ settings: DEFAULT_SETTINGS, recovered: false })
    expect(DEFAULT_SETTINGS.elderMode).toBe(false)
  })

  it.each([
    ['corrupt JSON', '{"elderMode":'],
    ['a list', JSON.stringify([true])],
    ['a wrong type', JSON.stringify({ elderMode: 'yes' })],
    ['a number', 1],
    ['no elderly mode', JSON.stringify({ fontScale: 2 })],
    ['null', 'null'],
  ])('resets %s to the defaults and says so', (_, raw) => {
    expect(parseSettings(raw)).toEqual({ settings: DEFAULT_SETTINGS, recovered: true })
  })
})

describe('fontScaleFromSystem', () => {
  it.each([
    [undefined, 1],
    ['20', 1],
    [Number.NaN, 1],
    [12, 1],
    [17, 1],
    [20, 1.18],
    [24, 1.41],
    [40, 1.5],
  ])('WeChat font size %p scales by %p', (setting, scale) => {
    expect(fontScaleFromSystem(setting)).toBe(scale)
  })
})

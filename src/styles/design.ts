/*
 * The app's design values in one table. The SCSS variables ($sy-primary …, and the sizes behind --sy-fs-body …)
 * are written from it into every stylesheet (config/design-scss.ts, through the build's sass option); NutUI's
 * ConfigProvider theme (components/page-shell/theme.ts) and the window and tab bar colours in app.config.ts
 * import it. test/styles/design.test.ts compiles the stylesheets and holds all three to it.
 */

export const COLOURS = {
  primary: '#b4282d',
  primaryDark: '#8e1f23',
  text: '#1a1a1a',
  textMuted: '#555555',
  bg: '#f5f5f5',
  surface: '#ffffff',
  border: '#dddddd',
  /** The empty part of a progress bar or chart. */
  track: '#e4e4e4',
} as const

/** Status colours, dark enough for 4.5:1 on white as outlined text; a colour only repeats what the words say. */
export const TONES = {
  ok: '#1d6b34',
  info: '#1f4f8f',
  warn: '#8a5300',
  muted: COLOURS.textMuted,
} as const

export type Tone = keyof typeof TONES

/** Page sizes in px (line: a ratio); the stylesheets read them as --sy-fs-small … on .sy-page. */
export interface Sizes {
  fsSmall: number
  fsBody: number
  fsTitle: number
  fsHero: number
  /** The smallest tap target. */
  tap: number
  line: number
  /** NutUI's Progress bar. */
  bar: number
}

export const SIZES: { standard: Sizes; elder: Sizes } = {
  standard: { fsSmall: 13, fsBody: 16, fsTitle: 19, fsHero: 24, tap: 44, line: 1.5, bar: 10 },
  // 长辈版 to the MIIT ageing numbers: body ≥ 18, largest ≥ 30, line height ≥ 1.3, targets ≥ 60.
  elder: { fsSmall: 18, fsBody: 20, fsTitle: 24, fsHero: 32, tap: 60, line: 1.6, bar: 14 },
}

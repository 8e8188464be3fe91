import design from './design.json'

/*
 * The app's design values, in one table: design.json, plain JSON so that the build's own config (which compiles
 * nothing outside config/) can read it too. The SCSS variables ($sy-primary …, and the sizes behind
 * --sy-fs-body …) are written from it before every stylesheet (config/design-scss.ts, the build's sass option);
 * NutUI's ConfigProvider theme (components/page-shell/theme.ts) and the window and tab bar colours in
 * app.config.ts read it through this file. test/styles/design.test.ts compiles the stylesheets and holds all
 * three to it.
 */

/** Brand red, text, background, surface, border; `track` is the empty part of a progress bar or chart. */
export const COLOURS = design.colours

/** Status colours, dark enough for 4.5:1 on white as outlined text; a colour only repeats what the words say. */
export const TONES = design.tones

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

/** 长辈版 to the MIIT ageing numbers: body ≥ 18, largest ≥ 30, line height ≥ 1.3, targets ≥ 60. */
export const SIZES: { standard: Sizes; elder: Sizes } = design.sizes

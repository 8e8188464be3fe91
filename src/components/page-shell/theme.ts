import { COLOURS, SIZES, type Sizes } from '@/styles/design'

/*
 * NutUI's theme variables, given to its ConfigProvider, from the design table. Only keys that a NutUI
 * component in use (Button, Tag, Progress) reads and our own styles do not override: NutUI's default
 * colours in our red (what its widgets fall back to), the Tag's text and the Progress bar in 长辈版 sizes.
 * Button sizes are action-button's own (it sets height, padding and font), so NutUI's are not given.
 */
function theme(sizes: Sizes): Record<string, string> {
  return {
    nutuiColorPrimary: COLOURS.primary,
    nutuiColorPrimaryStop1: COLOURS.primary,
    nutuiColorPrimaryStop2: COLOURS.primary,
    nutuiColorTitle: COLOURS.text,
    nutuiTagFontSize: `${sizes.fsSmall}px`,
    nutuiTagHeight: 'auto',
    nutuiProgressHeight: `${sizes.bar}px`,
  }
}

export const STANDARD_THEME = theme(SIZES.standard)
export const ELDER_THEME = theme(SIZES.elder)

/**
 * A theme as the CSS variables NutUI's stylesheets read (nutuiColorPrimaryStop1 → --nutui-color-primary-stop-1),
 * set on the page's root: what NutUI's ConfigProvider does, without its component (its context, a deep-equal
 * and its locale cost about 3 KB gzip of H5 home's first load, which uses no NutUI widget).
 */
function cssVars(vars: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [key, value] of Object.entries(vars)) {
    out[
      `--${key
        .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
        .replace(/([a-zA-Z])([0-9])/g, '$1-$2')
        .toLowerCase()}`
    ] = value
  }
  return out
}

export const STANDARD_THEME_VARS = cssVars(STANDARD_THEME)
export const ELDER_THEME_VARS = cssVars(ELDER_THEME)

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

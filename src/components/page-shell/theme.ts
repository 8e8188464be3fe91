/*
 * NutUI's theme variables, given to its ConfigProvider: our red instead of NutUI's,
 * and in 长辈版 the same sizes as our own tokens (body 20, targets 60), so a NutUI
 * Button or Tag grows with the rest of the page.
 */
const colours = {
  nutuiColorPrimary: '#b4282d',
  nutuiColorPrimaryStop1: '#b4282d',
  nutuiColorPrimaryStop2: '#b4282d',
  nutuiColorPrimaryPressed: '#8e1f23',
  nutuiColorPrimaryIcon: '#b4282d',
  nutuiColorTitle: '#1a1a1a',
  nutuiColorText: '#555555',
}

export const STANDARD_THEME: Record<string, string> = {
  ...colours,
  nutuiFontSizeS: '13px',
  nutuiFontSizeBase: '16px',
  nutuiFontSizeL: '17px',
  nutuiFontSizeXl: '19px',
  nutuiButtonDefaultHeight: '44px',
  nutuiButtonDefaultFontSize: '16px',
  nutuiButtonLargeHeight: '48px',
  nutuiButtonLargeFontSize: '17px',
  nutuiButtonSmallHeight: '36px',
  nutuiButtonSmallFontSize: '14px',
  nutuiTagFontSize: '13px',
  nutuiTagHeight: 'auto',
  nutuiCellTitleFontSize: '16px',
  nutuiCellDescriptionFontSize: '13px',
  nutuiProgressHeight: '10px',
}

export const ELDER_THEME: Record<string, string> = {
  ...colours,
  nutuiColorText: '#1a1a1a',
  nutuiFontSizeS: '18px',
  nutuiFontSizeBase: '20px',
  nutuiFontSizeL: '22px',
  nutuiFontSizeXl: '24px',
  nutuiButtonDefaultHeight: '60px',
  nutuiButtonDefaultFontSize: '20px',
  nutuiButtonLargeHeight: '64px',
  nutuiButtonLargeFontSize: '22px',
  nutuiButtonSmallHeight: '60px',
  nutuiButtonSmallFontSize: '20px',
  nutuiTagFontSize: '18px',
  nutuiTagHeight: 'auto',
  nutuiCellTitleFontSize: '20px',
  nutuiCellDescriptionFontSize: '18px',
  nutuiProgressHeight: '14px',
}

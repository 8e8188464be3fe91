// config/shims/kebab-case.js stands in for lodash.kebabcase in the builds (NutUI theme keys → CSS variables).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const kebabCase = require('../../config/shims/kebab-case.js') as (s: string) => string

test.each([
  ['nutuiColorPrimary', 'nutui-color-primary'],
  ['nutuiColorPrimaryStop1', 'nutui-color-primary-stop-1'],
  ['nutuiFontSizeXl', 'nutui-font-size-xl'],
  ['nutuiButtonDefaultHeight', 'nutui-button-default-height'],
])('%s → %s', (key, css) => {
  expect(kebabCase(key)).toBe(css)
})

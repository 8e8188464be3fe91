import { readFileSync } from 'node:fs'
import path from 'node:path'
import { compileString } from 'sass'
import { ELDER_THEME, ELDER_THEME_VARS, STANDARD_THEME, STANDARD_THEME_VARS } from '@/components/page-shell/theme'
import { COLOURS, SIZES, TONES } from '@/styles/design'
import { designScss } from '../../config/design-scss'

/*
 * The design table (src/styles/design.ts) and what reads it: the stylesheets as the build compiles them (the
 * table's SCSS, then tokens.scss, then the file), NutUI's theme and app.config.ts. Values written by hand
 * from the issue and the 长辈版 numbers (body 16 → 20, targets 44 → 60).
 */

const root = path.resolve(__dirname, '../..')

/** A stylesheet compiled the way config/index.ts has the build compile it. */
function compile(scss: string): string {
  const tokens = readFileSync(path.join(root, 'src/styles/tokens.scss'), 'utf8')
  return compileString(`${tokens}\n${designScss()}\n${scss}`, { style: 'compressed' }).css
}

/** The declarations of one rule in compressed CSS, as a map. */
function declarations(css: string, selector: string): Record<string, string> {
  const body = new RegExp(`(?:^|})${selector.replace(/[.]/g, '\\.')}\\{([^}]*)\\}`).exec(css)?.[1] ?? ''
  return Object.fromEntries(
    body.split(';').map((d) => {
      const at = d.indexOf(':')
      return [d.slice(0, at), d.slice(at + 1).trim()]
    }),
  )
}

const appCss = compile(readFileSync(path.join(root, 'src/app.scss'), 'utf8'))

test('the page sizes in app.scss are the table’s, 长辈版 at the ageing numbers', () => {
  expect(declarations(appCss, '.sy-page')).toMatchObject({
    '--sy-fs-small': '13px',
    '--sy-fs-body': '16px',
    '--sy-fs-title': '19px',
    '--sy-fs-hero': '24px',
    '--sy-tap': '44px',
    '--sy-line': '1.5',
  })
  expect(declarations(appCss, '.sy-page--elder')).toMatchObject({
    '--sy-fs-small': '18px',
    '--sy-fs-body': '20px',
    '--sy-fs-title': '24px',
    '--sy-fs-hero': '32px',
    '--sy-tap': '60px',
    '--sy-line': '1.6',
  })
  expect(SIZES.elder.fsBody).toBe(20)
})

test('the SCSS colours are the table’s: brand red, one background, the status tones', () => {
  const css = compile(
    '.x{a:$sy-primary;b:$sy-bg;c:$sy-text;d:$sy-text-muted;e:$sy-surface;f:$sy-ok;g:$sy-info;h:$sy-warn}',
  )
  expect(declarations(css, '.x')).toEqual({
    a: '#b4282d',
    b: '#f5f5f5',
    c: '#1a1a1a',
    d: '#555',
    e: '#fff',
    f: '#1d6b34',
    g: '#1f4f8f',
    h: '#8a5300',
  })
  expect(declarations(appCss, 'page,body')).toMatchObject({ background: '#f5f5f5', color: '#1a1a1a' })
})

test('NutUI’s theme is the table’s red and sizes, larger in 长辈版', () => {
  expect(STANDARD_THEME).toEqual({
    nutuiColorPrimary: '#b4282d',
    nutuiColorPrimaryStop1: '#b4282d',
    nutuiColorPrimaryStop2: '#b4282d',
    nutuiColorTitle: '#1a1a1a',
    nutuiTagFontSize: '13px',
    nutuiTagHeight: 'auto',
    nutuiProgressHeight: '10px',
  })
  expect(ELDER_THEME).toMatchObject({ nutuiTagFontSize: '18px', nutuiProgressHeight: '14px' })
  // The tag's text is the page's small text, in both modes.
  expect(STANDARD_THEME.nutuiTagFontSize).toBe(declarations(appCss, '.sy-page')['--sy-fs-small'])
  expect(ELDER_THEME.nutuiTagFontSize).toBe(declarations(appCss, '.sy-page--elder')['--sy-fs-small'])
  expect(STANDARD_THEME.nutuiColorPrimary).toBe(COLOURS.primary)
})

test('every NutUI theme key is read by the stylesheet of a NutUI component the app uses', () => {
  const nutui = path.join(root, 'node_modules/@nutui/nutui-react-taro/dist/es/packages')
  const css = ['button', 'tag', 'progress'].map((c) => readFileSync(path.join(nutui, c, 'style/style.css'), 'utf8'))
  const kebab = (key: string) => `--${key.replace(/([a-z])([A-Z0-9])/g, '$1-$2').toLowerCase()}`
  for (const key of new Set([...Object.keys(STANDARD_THEME), ...Object.keys(ELDER_THEME)])) {
    expect([key, css.some((c) => c.includes(`var(${kebab(key)}`))]).toEqual([key, true])
  }
})

test('the page root sets the theme as the CSS variables NutUI reads (what its ConfigProvider would set)', () => {
  expect(STANDARD_THEME_VARS).toEqual({
    '--nutui-color-primary': '#b4282d',
    '--nutui-color-primary-stop-1': '#b4282d',
    '--nutui-color-primary-stop-2': '#b4282d',
    '--nutui-color-title': '#1a1a1a',
    '--nutui-tag-font-size': '13px',
    '--nutui-tag-height': 'auto',
    '--nutui-progress-height': '10px',
  })
  expect(ELDER_THEME_VARS).toMatchObject({ '--nutui-tag-font-size': '18px', '--nutui-progress-height': '14px' })
  const nutui = path.join(root, 'node_modules/@nutui/nutui-react-taro/dist/es/packages')
  const css = ['button', 'tag', 'progress'].map((c) => readFileSync(path.join(nutui, c, 'style/style.css'), 'utf8'))
  for (const name of Object.keys(ELDER_THEME_VARS))
    expect([name, css.some((c) => c.includes(`var(${name}`))]).toEqual([name, true])
})

test('app.config.ts colours the window and the tab bar from the table', async () => {
  const g = globalThis as { defineAppConfig?: (c: unknown) => unknown }
  g.defineAppConfig = (c) => c
  const config = (await import('@/app.config')).default as unknown as {
    window: Record<string, string>
    tabBar: Record<string, unknown>
  }
  expect(config.window).toMatchObject({ navigationBarBackgroundColor: '#b4282d', backgroundColor: '#f5f5f5' })
  expect(config.tabBar).toMatchObject({ color: '#555555', selectedColor: '#b4282d', backgroundColor: '#ffffff' })
  expect(TONES.muted).toBe(COLOURS.textMuted)
})

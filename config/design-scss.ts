import { COLOURS, SIZES, TONES, type Sizes } from '../src/styles/design'

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)

function sizeMap(sizes: Sizes): string {
  const entries = Object.entries(sizes).map(([k, v]) => `${kebab(k)}: ${k === 'line' ? v : `${v}px`}`)
  return `(${entries.join(', ')})`
}

/**
 * The design table as SCSS, put before every stylesheet by the build (sass.data): a variable per colour and tone
 * ($sy-primary, $sy-text-muted, $sy-ok …) and the two size maps app.scss turns into custom properties.
 */
export function designScss(): string {
  const colours = Object.entries({ ...COLOURS, ...TONES }).map(([k, v]) => `$sy-${kebab(k)}: ${v};`)
  return [...colours, `$sy-sizes: ${sizeMap(SIZES.standard)};`, `$sy-elder-sizes: ${sizeMap(SIZES.elder)};`, ''].join(
    '\n',
  )
}

// The table as JSON: Taro compiles only config/ when it reads this file, so src/styles/design.ts cannot be imported.
import design from '../src/styles/design.json'

type Sizes = Record<string, number>

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)

const sizeValue = (name: string, value: number) => (name === 'line' ? `${value}` : `${value}px`)

function sizeMap(sizes: Sizes): string {
  return `(${Object.entries(sizes)
    .map(([k, v]) => `${kebab(k)}: ${sizeValue(k, v)}`)
    .join(', ')})`
}

/** Each size also as its own variable ($sy-standard-fs-body, $sy-elder-line …), so no map function is needed. */
function sizeVariables(mode: string, sizes: Sizes): string[] {
  return Object.entries(sizes).map(([k, v]) => `$sy-${mode}-${kebab(k)}: ${sizeValue(k, v)};`)
}

/**
 * The design table as SCSS, put before every stylesheet by the build (sass.data): a variable per colour and tone
 * ($sy-primary, $sy-text-muted, $sy-ok …) and the two size maps app.scss turns into custom properties.
 */
export function designScss(): string {
  const colours = Object.entries({ ...design.colours, ...design.tones }).map(([k, v]) => `$sy-${kebab(k)}: ${v};`)
  return [
    ...colours,
    `$sy-sizes: ${sizeMap(design.sizes.standard)};`,
    `$sy-elder-sizes: ${sizeMap(design.sizes.elder)};`,
    ...sizeVariables('standard', design.sizes.standard),
    ...sizeVariables('elder', design.sizes.elder),
    '',
  ].join('\n')
}

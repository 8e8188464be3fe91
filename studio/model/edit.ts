import type { FieldSpec } from './form-spec'

/*
 * Plain-value editing helpers: a fresh value for a field the editor adds, and immutable updates by path.
 */

/** A new value for a field: empty where the editor must type, the schema's constant where there is one. */
export function defaultValue(spec: FieldSpec): unknown {
  switch (spec.kind) {
    case 'object':
      return Object.fromEntries(spec.fields.filter((f) => !f.optional).map((f) => [f.key, defaultValue(f)] as const))
    case 'list':
    case 'multi-choice':
      return []
    case 'variant': {
      const option = spec.options[0]!
      const value = Object.fromEntries(
        option.fields.filter((f) => !f.optional).map((f) => [f.key, defaultValue(f)] as const),
      )
      return { ...value, [spec.discriminator]: option.values[0] }
    }
    case 'constant':
      return spec.value
    case 'boolean':
      return false
    case 'number':
    case 'choice':
    case 'reference':
    case 'unsupported':
      return undefined
    default:
      return ''
  }
}

/**
 * A new record: every field empty or at its constant, and the source a pack of this edition may hold — sample
 * data in a demo pack (a new record is never a quote from the 2022 summary by default), the publisher's own
 * statement in an official one (who and when still to fill in).
 */
export function newRecord(spec: FieldSpec, edition: unknown): Record<string, unknown> {
  const fresh = defaultValue(spec)
  const source = edition === 'official' ? { kind: 'official', by: '', date: '' } : { kind: 'sample' }
  return { ...(typeof fresh === 'object' && fresh !== null ? fresh : {}), source }
}

export type PathPart = string | number

/** `value` with the part at `path` replaced; `undefined` removes an object key. */
export function setIn(value: unknown, path: readonly PathPart[], next: unknown): unknown {
  if (path.length === 0) return next
  const [head, ...rest] = path
  if (typeof head === 'number') {
    const list = Array.isArray(value) ? [...value] : []
    list[head] = setIn(list[head], rest, next)
    return list
  }
  const obj = typeof value === 'object' && value !== null && !Array.isArray(value) ? { ...value } : {}
  const child = setIn((obj as Record<string, unknown>)[head!], rest, next)
  if (child === undefined) delete (obj as Record<string, unknown>)[head!]
  else (obj as Record<string, unknown>)[head!] = child
  return obj
}

/** The checker's name of a path: pay.max, duties[0], whomToCall[1].phone. */
export function pathName(path: readonly PathPart[]): string {
  return path.reduce<string>((acc, key) => {
    if (typeof key === 'number') return `${acc}[${key}]`
    return acc ? `${acc}.${key}` : key
  }, '')
}

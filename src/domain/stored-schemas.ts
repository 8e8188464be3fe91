import { maxLength, minLength, pipe, safeParse, string, trim, type GenericSchema } from 'valibot'
import type { StoredShape } from './stored'

/*
 * Stored shapes described by valibot schemas. Apart from stored.ts, so that what home reads before its first
 * draw (the settings, domain/settings.ts) does not bring valibot with it.
 */

/** One value of a fixed shape; anything else is replaced by `empty`. */
export function storedValue<T>(schema: GenericSchema<unknown, T>, empty: T): StoredShape<T> {
  return {
    empty,
    repair(value) {
      const parsed = safeParse(schema, value)
      return parsed.success
        ? { value: parsed.output, recovered: false, rewrite: false }
        : { value: empty, recovered: true, rewrite: true }
    },
  }
}

/**
 * A list: keeps the valid entries in order, the first of each key, at most
 * `max` of them. Stops reading at the cap, so a huge stored list costs no
 * more than a full one, and is rewritten at the cap.
 */
export function storedList<T>(
  item: GenericSchema<unknown, T>,
  options: { max: number; keyOf: (entry: T) => string },
): StoredShape<T[]> {
  return {
    empty: [],
    repair(value) {
      if (!Array.isArray(value)) return { value: [], recovered: true, rewrite: true }
      const seen = new Set<string>()
      const items: T[] = []
      let dropped = false
      let read = 0
      for (; read < value.length && items.length < options.max; read++) {
        const parsed = safeParse(item, value[read])
        const key = parsed.success ? options.keyOf(parsed.output) : ''
        if (!parsed.success || seen.has(key)) {
          dropped = true
          continue
        }
        seen.add(key)
        items.push(parsed.output)
      }
      return { value: items, recovered: dropped, rewrite: dropped || read < value.length }
    },
  }
}

/**
 * A list of short texts: trimmed, non-empty, unique, the first `max`. (Built
 * here so valibot stays in domain code: a page chunk importing it too would
 * make the weapp build ship the whole library.)
 */
export function storedTextList(options: { max: number; maxLength: number }): StoredShape<string[]> {
  return storedList(pipe(string(), trim(), minLength(1), maxLength(options.maxLength)), {
    max: options.max,
    keyOf: (q) => q,
  })
}

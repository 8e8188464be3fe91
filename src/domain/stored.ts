import { maxLength, minLength, pipe, safeParse, string, trim, type GenericSchema } from 'valibot'

/*
 * What the app keeps on the device is untrusted: another version, another
 * app on the same H5 origin or a full disk may have left anything there.
 * Each stored value is described by a valibot schema; reading keeps what
 * fits, applies the caps, and says whether the stored copy must be rewritten.
 */

export interface Decoded<T> {
  value: T
  /** Something stored was damaged or foreign and was dropped: worth one calm notice. */
  recovered: boolean
  /** The stored copy differs from `value` (damage, or a cap applied): write `value` back. */
  rewrite: boolean
}

export interface StoredShape<T> {
  /** What nothing stored means. */
  empty: T
  /** Repairs parsed JSON; only called with something that was stored. */
  repair(value: unknown): Decoded<T>
}

/** Storage may hand back the JSON text we wrote, or (some backends) the value itself. */
export function decodeStored<T>(raw: unknown, shape: StoredShape<T>): Decoded<T> {
  if (raw === undefined || raw === null || raw === '') return { value: shape.empty, recovered: false, rewrite: false }
  let value = raw
  if (typeof raw === 'string') {
    try {
      value = JSON.parse(raw)
    } catch {
      return { value: shape.empty, recovered: true, rewrite: true }
    }
  }
  return shape.repair(value)
}

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
 * here so valibot stays in the shared chunk: a page chunk importing it too
 * would make the weapp build ship the whole library.)
 */
export function storedTextList(options: { max: number; maxLength: number }): StoredShape<string[]> {
  return storedList(pipe(string(), trim(), minLength(1), maxLength(options.maxLength)), {
    max: options.max,
    keyOf: (q) => q,
  })
}

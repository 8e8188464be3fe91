/*
 * What the app keeps on the device is untrusted: another version, another
 * app on the same H5 origin or a full disk may have left anything there.
 * Each stored value has a shape: reading keeps what fits, applies the caps, and
 * says whether the stored copy must be rewritten. The shapes pages read on
 * their first draw (settings, 收藏, recent searches) check by hand, with a
 * test per rule, rather than with valibot (2 KB gzip of every first load);
 * the content cache's manifest uses the content's own schema (stored-schemas.ts).
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

/**
 * A list: keeps the entries `readEntry` accepts (it returns the entry as kept, or undefined), in order, the first
 * of each key, at most `max` of them. Stops reading at the cap, so a huge stored list costs no more than a full
 * one, and is rewritten at the cap.
 */
export function storedList<T>(
  readEntry: (entry: unknown) => T | undefined,
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
        const entry = readEntry(value[read])
        const key = entry === undefined ? '' : options.keyOf(entry)
        if (entry === undefined || seen.has(key)) {
          dropped = true
          continue
        }
        seen.add(key)
        items.push(entry)
      }
      return { value: items, recovered: dropped, rewrite: dropped || read < value.length }
    },
  }
}

/** A short text as a list keeps it: trimmed, non-empty, at most `maxLength` UTF-16 units; else undefined. */
export function storedText(entry: unknown, maxLength: number): string | undefined {
  if (typeof entry !== 'string') return undefined
  const text = entry.trim()
  return text.length >= 1 && text.length <= maxLength ? text : undefined
}

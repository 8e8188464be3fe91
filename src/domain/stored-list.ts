import type { StoredShape } from './stored'

/*
 * Stored lists (收藏, recent searches): apart from stored.ts, which home's first draw reads (the settings).
 */

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

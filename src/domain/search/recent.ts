import type { StoredShape } from '../stored'
import { storedList, storedText } from '../stored-list'
import { MAX_QUERY } from './query'

const MAX_RECENT = 10

const MAX_RECENT_LENGTH = MAX_QUERY

/** Recent searches as stored: trimmed, non-empty, unique, the ten latest. */
export const recentSearchesShape: StoredShape<string[]> = storedList((q) => storedText(q, MAX_RECENT_LENGTH), {
  max: MAX_RECENT,
  keyOf: (q) => q,
})

/** Puts a query first (once), keeps the ten latest. */
export function addRecentSearch(items: readonly string[], query: string): string[] {
  const q = String(query ?? '')
    .trim()
    .slice(0, MAX_RECENT_LENGTH)
  if (q === '') return [...items]
  return [q, ...items.filter((i) => i !== q)].slice(0, MAX_RECENT)
}

import { useCallback } from 'react'
import { addRecentSearch } from '@/domain/search/recent'
import { recentSearchesStore } from '@/platform/recent-searches'
import { useStore } from './use-store'

/** Searches kept on this device only, newest first; clearable. */
export function useRecentSearches() {
  const items = useStore(recentSearchesStore)
  const remember = useCallback((query: string) => {
    const prev = recentSearchesStore.get()
    const next = addRecentSearch(prev, query)
    if (next.join('\n') !== prev.join('\n')) recentSearchesStore.set(next)
  }, [])
  const clear = useCallback(() => recentSearchesStore.set([]), [])
  return { items, remember, clear }
}

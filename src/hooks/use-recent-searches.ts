import { useCallback, useSyncExternalStore } from 'react'
import { addRecentSearch, parseRecentSearches } from '@/domain/search'
import { STORAGE_KEYS } from '@/platform/storage'
import { createPersistentStore } from './persistent-store'

export const recentSearchesStore = createPersistentStore<string[]>(
  STORAGE_KEYS.recentSearches,
  (raw) => {
    const { items, recovered } = parseRecentSearches(raw)
    return { value: items, recovered }
  },
  '搜索记录有损坏，已清理',
)

/** Searches kept on this device only, newest first; clearable. */
export function useRecentSearches() {
  const items = useSyncExternalStore(recentSearchesStore.subscribe, recentSearchesStore.get, recentSearchesStore.get)
  const remember = useCallback((query: string) => {
    const next = addRecentSearch(recentSearchesStore.get(), query)
    if (next.join('\n') !== recentSearchesStore.get().join('\n')) recentSearchesStore.set(next)
  }, [])
  const clear = useCallback(() => recentSearchesStore.set([]), [])
  return { items, remember, clear }
}

import { useCallback, useSyncExternalStore } from 'react'
import type { Domain } from '@/content/schema'
import { hasFavourite, parseFavourites, removeFavourite, toggleFavourite, type Favourite } from '@/domain/favourites'
import { STORAGE_KEYS } from '@/platform/storage'
import { createPersistentStore } from './persistent-store'

export const favouritesStore = createPersistentStore<Favourite[]>(
  STORAGE_KEYS.favourites,
  (raw) => {
    const { items, recovered } = parseFavourites(raw)
    return { value: items, recovered }
  },
  '收藏数据有损坏，已恢复能读取的部分',
)

export function useFavourites() {
  const items = useSyncExternalStore(favouritesStore.subscribe, favouritesStore.get, favouritesStore.get)
  const toggle = useCallback((ref: { domain: Domain; id: string; title: string }) => {
    const next = toggleFavourite(favouritesStore.get(), ref, Date.now())
    favouritesStore.set(next)
    return hasFavourite(next, ref.domain, ref.id)
  }, [])
  const remove = useCallback((domain: Domain, id: string) => {
    favouritesStore.set(removeFavourite(favouritesStore.get(), domain, id))
  }, [])
  return { items, toggle, remove, has: (domain: Domain, id: string) => hasFavourite(items, domain, id) }
}

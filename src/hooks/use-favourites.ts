import { useCallback } from 'react'
import type { Domain } from '@/content/schema'
import { hasFavourite, removeFavourite, toggleFavourite } from '@/domain/favourites'
import type { WriteOutcome } from '@/platform/storage'
import { favouritesStore } from '@/platform/saved-lists'
import { useStore } from './use-store'

export function useFavourites() {
  const items = useStore(favouritesStore)
  /** Toggles the record; says whether it is now saved and whether the device kept the change. */
  const toggle = useCallback((ref: { domain: Domain; id: string; title: string }) => {
    const outcome = favouritesStore.set((prev) => toggleFavourite(prev, ref, Date.now()))
    return { saved: hasFavourite(favouritesStore.get(), ref.domain, ref.id), outcome }
  }, [])
  const remove = useCallback(
    (domain: Domain, id: string): WriteOutcome => favouritesStore.set((prev) => removeFavourite(prev, domain, id)),
    [],
  )
  return { items, toggle, remove, has: (domain: Domain, id: string) => hasFavourite(items, domain, id) }
}

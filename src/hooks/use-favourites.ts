import { useCallback } from 'react'
import type { Domain } from '@/content/schema'
import { hasFavourite, removeFavourite, restoreFavourite, toggleFavourite, type Favourite } from '@/domain/favourites'
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
  /** Puts back a favourite just removed (撤销), in its old place. */
  const restore = useCallback(
    (favourite: Favourite): WriteOutcome => favouritesStore.set((prev) => restoreFavourite(prev, favourite)),
    [],
  )
  return { items, toggle, remove, restore, has: (domain: Domain, id: string) => hasFavourite(items, domain, id) }
}

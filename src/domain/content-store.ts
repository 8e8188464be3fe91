import { embeddedPack } from '@/content/index'
import type { ContentPack } from '@/content/schema'

export type ContentOrigin = 'embedded' | 'update'

export interface ContentState {
  pack: ContentPack
  origin: ContentOrigin
}

export interface ContentStore {
  get(): ContentState
  set(next: ContentState): void
  subscribe(listener: () => void): () => void
}

export function createContentStore(initial: ContentState): ContentStore {
  let state = initial
  const listeners = new Set<() => void>()
  return {
    get: () => state,
    set(next) {
      state = next
      listeners.forEach((l) => l())
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}

/** The content every page reads: the embedded pack until a newer valid pack is accepted. */
export const contentStore = createContentStore({ pack: embeddedPack, origin: 'embedded' })

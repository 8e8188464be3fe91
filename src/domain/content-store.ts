import { embeddedPack } from '@/content/index'
import type { ContentPack } from '@/content/schema'
import { createStore, type Store } from './store'

/** Home's key figures (not part of a pack: they come with the app). */
export { embeddedFigures } from '@/content/index'

export type ContentOrigin = 'embedded' | 'update'

export interface ContentState {
  pack: ContentPack
  origin: ContentOrigin
}

export type ContentStore = Store<ContentState>

export function createContentStore(initial: ContentState): ContentStore {
  return createStore(() => initial)
}

/** The content every page reads: the embedded pack until a newer valid pack is accepted. */
export const contentStore = createContentStore({ pack: embeddedPack, origin: 'embedded' })

import summary from '@/content/digest/summary.json'
import type { ContentPack } from '@/content/schema'
import { createStore, type Store } from './store'
import { summaryOf, type ContentSummary } from './summary'

// Pages reach content through the domain.
export { embeddedFigures } from '@/content/embedded-figures'

/**
 * The summary of the embedded content, made at build time (npm run content:digest). The embedded records
 * themselves come with their domain's pages (src/domain/embedded/), never with the app's entry.
 */
export const embeddedSummary = summary as unknown as ContentSummary

export type ContentOrigin = 'embedded' | 'update'

export interface ContentState {
  /** What home, search's hit facts, 我的 and cross-links read: always the summary of the content in use. */
  summary: ContentSummary
  /**
   * The whole pack, once one came from the content URL: every page then reads it instead of the records
   * embedded with it. Undefined while the embedded content is in use.
   */
  pack?: ContentPack
  origin: ContentOrigin
}

export type ContentStore = Store<ContentState>

/** The state for a whole pack: the pack and its summary, so every page reads the same content. */
export function contentStateOf(pack: ContentPack, origin: ContentOrigin): ContentState {
  return { summary: summaryOf(pack), pack, origin }
}

export function createContentStore(initial: ContentState): ContentStore {
  return createStore(() => initial)
}

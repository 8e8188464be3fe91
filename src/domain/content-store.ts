import core from '@/content/digest/summary.json'
import type { ContentPack, Domain } from '@/content/schema'
import { createStore, type Store } from './store'
import { summaryOf, type ContentSummary, type SummaryCore } from './summary'

/**
 * The summary of the embedded content as the app starts, made at build time (npm run content:digest): only what
 * does not grow with the content (version, towns, home's tracker figures). Its record lists are empty until each
 * domain's, a chunk of its own (src/domain/embedded/digest.ts), arrives: so the main package stays the
 * same size whatever the number of records. The whole records come with their domain's pages.
 */
export const embeddedSummary: ContentSummary = {
  ...(core as unknown as SummaryCore),
  livelihood: [],
  jobs: [],
  events: [],
  attractions: [],
  policies: [],
}

/** Something loaded after start (a chunk; on weapp a subpackage): on its way, or it could not be loaded. */
export type Pending = 'loading' | 'failed'

/** How the records of `domains` stand: 'failed' if any could not be loaded, else 'loading' if any is on its way. */
export function pendingOf(missing: ContentState['missing'], domains: readonly Domain[]): Pending | undefined {
  const states = domains.map((d) => missing?.[d])
  return states.includes('failed') ? 'failed' : states.includes('loading') ? 'loading' : undefined
}

export type ContentOrigin = 'embedded' | 'update'

export interface ContentState {
  /** What home, search's hit facts, 我的 and cross-links read: always the summary of the content in use. */
  summary: ContentSummary
  /** The domains whose summary records are still to come or could not be loaded; absent once all are in. */
  missing?: Partial<Record<Domain, Pending>>
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
  const summary = summaryOf(pack)
  // A pack without key figures leaves the app's own on home.
  return { summary: pack.figures ? summary : { ...summary, figures: embeddedSummary.figures }, pack, origin }
}

export function createContentStore(initial: ContentState): ContentStore {
  return createStore(() => initial)
}

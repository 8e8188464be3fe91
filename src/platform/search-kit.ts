import type { Domain } from '@/content/schema'
import { needRecords } from './digest'
import { loadSearchFiles } from './search-files'
import { contentStore, searchKit } from './stores'

/*
 * What searching needs arrives when the person first searches (types in the box, taps a word, or opens search
 * with one), not with the search page: search's code, the embedded content's documents and the records a hit's
 * facts line reads, each a chunk of its own (on weapp a subpackage, which WeChat may download late or not at all).
 * Apart from platform/digest.ts so that only the search page carries this.
 */

/** The domains whose records a hit's facts line reads (hitFacts). */
export const HIT_FACT_RECORDS: readonly Domain[] = ['events', 'jobs', 'attractions']

let loading: Promise<void> | undefined

/**
 * Starts loading search's code and documents (not the embedded documents while a pack from the content URL is in
 * use: search reads the pack's own) and the hit facts' records, unless they are in or on their way; after a failure
 * the next ask tries again.
 */
export function needSearch(): void {
  const { engine, docs, pending } = searchKit.get()
  const pack = contentStore.get().pack
  if (loading || (engine && (docs || pack))) return needRecords(HIT_FACT_RECORDS)
  if (pending !== 'loading') searchKit.set((s) => ({ ...s, pending: 'loading' }))
  loading = loadSearchFiles(!docs && !pack).then(
    ([loaded, loadedDocs]) => {
      loading = undefined
      searchKit.set((s) => ({ engine: loaded, docs: loadedDocs ?? s.docs }))
    },
    () => {
      loading = undefined
      searchKit.set((s) => ({ ...s, pending: 'failed' }))
    },
  )
  // After search's own files, which are the larger part of the wait.
  needRecords(HIT_FACT_RECORDS)
}

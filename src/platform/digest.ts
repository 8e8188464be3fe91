import { withRecords } from '@/domain/content-store'
import { loadEmbeddedRecords, loadEmbeddedSearchDocs } from '@/domain/embedded/digest'
import { contentStore, embeddedSearchDocs } from './stores'

/*
 * The embedded digest's parts that grow with the content load after start (src/domain/embedded/digest.ts): on
 * weapp from subpackages of their own, which WeChat downloads on first use and which can fail to arrive (no
 * network). Each is asked for by the pages that need it, once at a time; after a failure the next ask tries again.
 */

let records: Promise<void> | undefined
let searchDocs: Promise<void> | undefined

/** Starts loading the records' summary, unless it is in (or a pack from the content URL is in use) or on its way. */
export function needRecords(): void {
  if (records || !contentStore.get().pending) return
  if (contentStore.get().pending === 'failed') contentStore.set((s) => ({ ...s, pending: 'loading' }))
  records = loadEmbeddedRecords().then(
    (loaded) => {
      // A pack accepted meanwhile has its own summary: the embedded records are not wanted then.
      contentStore.set((s) => (s.pending ? { summary: withRecords(s.summary, loaded), origin: s.origin } : s))
    },
    () => {
      records = undefined
      contentStore.set((s) => (s.pending ? { ...s, pending: 'failed' } : s))
    },
  )
}

/** Starts loading search's documents of the embedded content, unless they are in or on their way. */
export function needSearchDocs(): void {
  if (searchDocs || !embeddedSearchDocs.get().pending) return
  if (embeddedSearchDocs.get().pending === 'failed') embeddedSearchDocs.set((s) => ({ ...s, pending: 'loading' }))
  searchDocs = loadEmbeddedSearchDocs().then(
    (docs) => embeddedSearchDocs.set({ docs }),
    () => {
      searchDocs = undefined
      embeddedSearchDocs.set((s) => ({ ...s, pending: 'failed' }))
    },
  )
}

import type { ContentPack, Domain } from '@/content/schema'
import type { ContentState } from '@/domain/content-store'
import { contentStore } from '@/platform/stores'
import { useStore } from './use-store'

/** The content in use: the summary (always), and the whole pack once one came from the content URL. */
export function useContent(): ContentState {
  return useStore(contentStore)
}

/**
 * A domain's whole records in use: those of a pack from the content URL, else
 * the embedded ones, which the domain's own pages pass in (so they travel with
 * those pages, not with the app).
 */
export function useDomainRecords<D extends Domain>(domain: D, embedded: ContentPack[D]): ContentPack[D] {
  const { pack } = useContent()
  return pack ? pack[domain] : embedded
}

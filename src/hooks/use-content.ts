import { useEffect, useMemo } from 'react'
import type { Domain } from '@/content/schema'
import { pendingOf, type ContentState, type Pending } from '@/domain/content-store'
import type { ListRecords } from '@/domain/parts'
import { needRecords } from '@/platform/digest'
import { contentStore } from '@/platform/stores'
import { useStore } from './use-store'

/**
 * The content in use: the summary (always), and the whole pack once one came from the content URL. The embedded
 * summary's records arrive a moment after start, a domain at a time: a page names the domains whose records it
 * reads, which are then asked for as it opens (so a page opened after a failed load tries again), and `pending`
 * says how they stand until all are in (a page may offer 重试: needRecords).
 */
export function useContent(...domains: Domain[]): ContentState & { pending?: Pending } {
  const key = domains.join(',')
  useEffect(() => {
    if (key) needRecords(key.split(',') as Domain[])
  }, [key])
  const state = useStore(contentStore)
  return useMemo(
    () => ({ ...state, pending: pendingOf(state.missing, key ? (key.split(',') as Domain[]) : []) }),
    [state, key],
  )
}

/**
 * A domain's records for its list in use: those of a pack from the content URL (whole records), else the
 * embedded ones with their list fields (src/domain/parts.ts), which the domain's own pages pass in (so they
 * travel with those pages, not with the app).
 */
export function useDomainRecords<D extends Domain>(domain: D, embedded: ListRecords[D]): ListRecords[D] {
  const { pack } = useContent()
  return pack ? pack[domain] : embedded
}

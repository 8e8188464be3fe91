import { useEffect } from 'react'
import type { ContentPack, Domain } from '@/content/schema'
import type { ContentState } from '@/domain/content-store'
import { needRecords } from '@/platform/digest'
import { contentStore } from '@/platform/stores'
import { useStore } from './use-store'

/**
 * The content in use: the summary (always), and the whole pack once one came from the content URL. The embedded
 * summary's records arrive a moment after start (`pending` until then); every page asks for them as it opens,
 * so a page opened after a failed load tries again (and a page may offer 重试: needRecords).
 */
export function useContent(): ContentState {
  useEffect(needRecords, [])
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

import { useEffect } from 'react'
import type { Domain } from '@/content/schema'
import type { Pending } from '@/domain/content-store'
import { partKey, partOf, type ListRecord, type ListRecords } from '@/domain/parts'
import { byId, sharedTitle, type RecordOf } from '@/domain/records'
import { detailPath } from '@/domain/routes'
import type { ContentSummary } from '@/domain/summary'
import { needWholePart } from '@/platform/whole-parts'
import { wholeParts } from '@/platform/stores'
import { useContent, useDomainRecords } from './use-content'
import { useNow } from './use-now'
import { useQueryParam } from './use-query-param'
import { useSharing } from './use-sharing'
import { useStore } from './use-store'

export interface DetailRecord<D extends Domain> {
  /** The record named by `?id=` as its domain's list has it: undefined for a missing or unknown id (NotFound). */
  listed: ListRecord<D> | undefined
  /** The whole record: a moment after `listed` for the embedded content (its part loads), at once from a pack. */
  record: RecordOf<D> | undefined
  /** How the whole record's part stands while `listed` is known and `record` is not yet. */
  pending: Pending | undefined
  /** Asks for the whole record's part again (after it could not be loaded). */
  retry: () => void
  /** The domain's records with their list fields (cross-links: 其他岗位 …). */
  records: ListRecords[D]
  summary: ContentSummary
  now: number
}

/**
 * What every detail page starts with: the record named by `?id=` among the domain's list records in use
 * (`embedded` is the page's own import of them), its whole record (loaded from its part, src/domain/parts.ts),
 * the content summary (town names; the records of the `linked` domains it links to, which arrive a moment later),
 * "now", and sharing set up with the page's own share title, which the list fields make.
 */
export function useDetailRecord<D extends Domain>(
  domain: D,
  embedded: ListRecords[D],
  shareTitle: (record: ListRecord<D>) => string,
  linked: readonly Domain[] = [],
): DetailRecord<D> {
  const id = useQueryParam('id')
  const { summary, pack } = useContent(...linked)
  const records = useDomainRecords(domain, embedded)
  const now = useNow()
  const listed = byId<ListRecord<D>>(records, id)
  const part = listed && !pack ? partOf(domain, listed.id) : undefined
  useEffect(() => {
    if (part !== undefined) needWholePart(domain, part)
  }, [domain, part])
  const parts = useStore(wholeParts)
  const loaded = part === undefined ? undefined : parts[partKey(domain, part)]
  const record = listed && byId<RecordOf<D>>(pack ? pack[domain] : (loaded?.records ?? []), listed.id)
  // A sample record's share card says so in its title: the card travels without the page's marks.
  useSharing(
    listed && { title: sharedTitle(shareTitle(listed), listed.source, domain), path: detailPath(domain, listed.id) },
  )
  return {
    listed,
    record,
    pending: !listed || record || loaded?.records ? undefined : (loaded?.pending ?? 'loading'),
    retry: () => {
      if (part !== undefined) needWholePart(domain, part)
    },
    records,
    summary,
    now,
  }
}

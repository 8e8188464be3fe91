import type { ContentPack, Domain } from '@/content/schema'
import { byId, sharedTitle, type RecordOf } from '@/domain/records'
import { detailPath } from '@/domain/routes'
import type { ContentSummary } from '@/domain/summary'
import { useContent, useDomainRecords } from './use-content'
import { useNow } from './use-now'
import { useQueryParam } from './use-query-param'
import { useSharing } from './use-sharing'

/**
 * What every detail page starts with: the record named by `?id=` among the
 * domain's records in use (`records`; `embedded` is the page's own import of them), the
 * content summary (town names; the records of the `linked` domains it links to, which arrive a moment later),
 * "now", and sharing set
 * up with the page's own share title. `record` is undefined for a missing or
 * unknown id (the page shows NotFound).
 */
export function useDetailRecord<D extends Domain>(
  domain: D,
  embedded: ContentPack[D],
  shareTitle: (record: RecordOf<D>) => string,
  linked: readonly Domain[] = [],
): { record: RecordOf<D> | undefined; records: ContentPack[D]; summary: ContentSummary; now: number } {
  const id = useQueryParam('id')
  const { summary } = useContent(...linked)
  const records = useDomainRecords(domain, embedded)
  const now = useNow()
  const record = byId<RecordOf<D>>(records, id)
  // A sample record's share card says so in its title: the card travels without the page's marks.
  useSharing(
    record && { title: sharedTitle(shareTitle(record), record.source, domain), path: detailPath(domain, record.id) },
  )
  return { record, records, summary, now }
}

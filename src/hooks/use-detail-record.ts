import type { ContentPack, Domain } from '@/content/schema'
import { byId } from '@/domain/records'
import { detailPath } from '@/domain/routes'
import { useContent } from './use-content'
import { useNow } from './use-now'
import { useQueryParam } from './use-query-param'
import { useSharing } from './use-sharing'

export type RecordOf<D extends Domain> = ContentPack[D][number]

/**
 * What every detail page starts with: the record named by `?id=` in the
 * content in use, "now", and sharing set up with the page's own share title.
 * `record` is undefined for a missing or unknown id (the page shows NotFound).
 */
export function useDetailRecord<D extends Domain>(
  domain: D,
  shareTitle: (record: RecordOf<D>) => string,
): { record: RecordOf<D> | undefined; pack: ContentPack; now: number } {
  const id = useQueryParam('id')
  const { pack } = useContent()
  const now = useNow()
  const record = byId<RecordOf<D>>(pack[domain], id)
  useSharing(record && { title: shareTitle(record), path: detailPath(domain, record.id) })
  return { record, pack, now }
}

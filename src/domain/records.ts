import { fieldLabel, type Collection } from '@/content/labels'
import { SOURCE_TITLE, type ContentPack, type Domain, type Source } from '@/content/schema'

/** The source document as people know it: 《双阳区2022年工作总结》, never its file name. */
export const SOURCE_NAME = `《${SOURCE_TITLE}》`

/** The Chinese names of a cited record's sample fields, once each, in the order given. */
export function sampleFieldLabels(source: Source, collection: Collection): string[] {
  if (source.kind !== 'cited') return []
  const labels = (source.sampleFields ?? []).map((f) => fieldLabel(collection, f)).filter((l): l is string => !!l)
  return Array.from(new Set(labels))
}

// Pages reach content through the domain.
export { DOMAINS, SOURCE_DOC } from '@/content/schema'

export const DOMAIN_LABELS: Record<Domain, string> = {
  livelihood: '民生实事',
  jobs: '就业岗位',
  events: '节庆活动',
  attractions: '景点',
  policies: '惠民政策',
}

/** What a record is called in a sentence: 未找到这个岗位. */
export const DOMAIN_NOUNS: Record<Domain, string> = {
  livelihood: '项目',
  jobs: '岗位',
  events: '活动',
  attractions: '景点',
  policies: '政策',
}

/** One record of a domain, whole. */
export type RecordOf<D extends Domain> = ContentPack[D][number]

export interface RecordRef {
  domain: Domain
  id: string
  title: string
}

/** Records of every domain, whole (a pack) or summarised: each with an id and a title or name. */
export type TitledRecords = { [D in Domain]: ReadonlyArray<{ id: string; title?: string; name?: string }> }

export function isDomain(value: unknown): value is Domain {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(DOMAIN_LABELS, value)
}

/** The record with this id (from a URL, storage or another record), or undefined for anything else. */
export function byId<T extends { id: string }>(records: readonly T[], id: unknown): T | undefined {
  if (typeof id !== 'string' || id === '') return undefined
  return records.find((r) => r.id === id)
}

/** Any record of any domain by id, with the title people see. */
export function findRecord(pack: TitledRecords, domain: Domain, id: unknown): RecordRef | undefined {
  const found = byId(pack[domain], id)
  if (!found) return undefined
  return { domain, id: found.id, title: found.title ?? found.name ?? found.id }
}

/** Whether a field of a record is invented (sample record, or listed in a citation's sampleFields). */
export function isSampleField(source: Source, field?: string): boolean {
  if (source.kind === 'sample') return true
  if (!field || source.kind !== 'cited') return false
  return (source.sampleFields ?? []).some((f) => f === field || field.startsWith(`${f}.`))
}

/** A wholly sample record: made up to show how the app works, not anything the district published. */
export function isSampleRecord(source: Source): boolean {
  return source.kind === 'sample'
}

/**
 * The one rule for marks, in words: a sample record's title says 示例 wherever it leaves the page (share
 * title, calendar entry, read-aloud), once — a title that already says it (冰雪乐园（示例）) is kept as it is.
 */
export function markedTitle(title: string, source: Source): string {
  return isSampleRecord(source) && !title.includes('示例') ? `${title}（示例）` : title
}

/**
 * Whether a field gets its own 示例 mark: an invented field of a cited record. A wholly sample record is
 * marked once (the demo banner, its source note), not field by field.
 */
export function needsSampleBadge(source: Source, field: string): boolean {
  return source.kind === 'cited' && isSampleField(source, field)
}

export function townName(pack: Pick<ContentPack, 'towns'>, townId: string | undefined): string {
  if (!townId) return '全区'
  return pack.towns.find((t) => t.id === townId)?.name ?? '全区'
}

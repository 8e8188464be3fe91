import type { Collection } from '@/content/labels'
import { REPORT_YEAR, SOURCE_TITLE, type ContentPack, type Domain, type Source } from '@/content/schema'

/** The source document as people know it: 《双阳区2022年工作总结》, never its file name. */
export const SOURCE_NAME = `《${SOURCE_TITLE}》`

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
  /** Where the record comes from, so wherever it is listed it carries its mark (recordMark). */
  source?: Pick<Source, 'kind'>
}

/** Records of every domain, whole (a pack) or summarised: each with an id and a title or name. */
export type TitledRecords = {
  [D in Domain]: ReadonlyArray<{ id: string; title?: string; name?: string; source?: Pick<Source, 'kind'> }>
}

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
  return { domain, id: found.id, title: found.title ?? found.name ?? found.id, source: found.source }
}

/** Whether a field of a record is invented (sample record, or listed in a citation's sampleFields). */
export function isSampleField(source: Source, field?: string): boolean {
  if (source.kind === 'sample') return true
  if (!field || source.kind !== 'cited') return false
  return (source.sampleFields ?? []).some((f) => f === field || field.startsWith(`${f}.`))
}

/** A wholly sample record: made up to show how the app works, not anything the district published. */
export function isSampleRecord(source: Pick<Source, 'kind'>): boolean {
  return source.kind === 'sample'
}

/**
 * The one rule for a record's mark, wherever the record appears (detail, list, home, search, 我的, share,
 * calendar): a sample record is 示例 — a sample policy is general guidance, 一般指引 — said once, so not
 * when its title already says 示例. A cited record gets none: its sample fields are marked one by one.
 */
export function recordMark(source: Pick<Source, 'kind'>, collection: Collection, title = ''): string | undefined {
  if (!isSampleRecord(source)) return undefined
  if (collection === 'policies') return '一般指引'
  return title.includes('示例') ? undefined : '示例'
}

/** A title as it leaves the app (calendar entry, file name): with its mark in words. */
export function markedTitle(title: string, source: Pick<Source, 'kind'>, collection: Collection): string {
  const mark = recordMark(source, collection, title)
  return mark ? `${title}（${mark}）` : title
}

/** A share card's title: the mark first, where a card that cuts long titles short still shows it. */
export function sharedTitle(text: string, source: Pick<Source, 'kind'>, collection: Collection): string {
  const mark = recordMark(source, collection, text)
  return mark ? `【${mark}】${text}` : text
}

/**
 * Whether a field gets its own 示例 mark: an invented field of a cited record. A wholly sample record is
 * marked once (the demo banner, its source note), not field by field.
 */
export function needsSampleBadge(source: Source, field: string): boolean {
  return source.kind === 'cited' && isSampleField(source, field)
}

/**
 * The map button's words: a made-up place of the demo content has a made-up position, so the button says so —
 * nobody should walk to a pin that only shows how the feature works.
 */
export function mapButtonLabel(source: Source): string {
  return source.kind === 'sample' ? '在地图中查看（示例位置）' : '在地图中查看'
}

export function townName(pack: Pick<ContentPack, 'towns'>, townId: string | undefined): string {
  if (!townId) return '全区'
  return pack.towns.find((t) => t.id === townId)?.name ?? '全区'
}

/**
 * The record as its page shows it: sample fields the page does not show (a festival's dates while they are
 * unannounced) are not named in its notes.
 */
export function shownSource(source: Source, hidden: readonly string[]): Source {
  if (source.kind !== 'cited' || !source.sampleFields || hidden.length === 0) return source
  return { ...source, sampleFields: source.sampleFields.filter((f) => !hidden.includes(f)) }
}

/**
 * The one line at the top of a demo edition's page, about that page: a page of one record says what the
 * record is (quoted from the 2022 summary, a sample, or both and which is which); any other page says which
 * marks mean demo data. An official edition shows none.
 */
export function pageNotice(
  edition: ContentPack['edition'],
  record?: { source: Source; collection: Collection },
): string | undefined {
  if (edition !== 'demo') return undefined
  if (!record) return '演示版：标“示例”的内容是演示数据，不是官方发布'
  const { source, collection } = record
  const policy = collection === 'policies'
  if (source.kind === 'sample')
    return policy ? '演示内容：一般性办事指引，不是政策原文' : '演示数据：这一条是虚构的示例，不是官方发布'
  // Only an official pack holds the publisher's own records, and it shows no line.
  if (source.kind === 'official') return undefined
  const quoted = `摘自${SOURCE_NAME}（${REPORT_YEAR}年）`
  // Every sample field of a pack the app holds names a field with a label (the checker refuses one that does
  // not, content/honesty.ts, for the embedded pack and every pack from the content URL or the studio alike), so
  // "has sample fields" needs no table of labels here: home's first load does not carry content/labels.ts.
  if ((source.sampleFields ?? []).length === 0) return quoted
  return policy ? `原文${quoted}；办事指引是一般性说明，以当地当年公布为准` : `${quoted}；标“示例”的部分是演示数据`
}

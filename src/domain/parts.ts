import type { Attraction, ContentPack, Domain, Source } from '@/content/schema'
import type { RecordOf } from './records'

/*
 * How a domain's embedded records travel with the app (scripts/content-digest.ts writes them to
 * src/content/digest/, src/domain/embedded/ reads them), so that no package grows with the content past its limit:
 * - its list records: each record with the fields in LIST_FIELDS only, what the list page shows, filters, counts
 *   and sorts by, and what the detail page's cross-links read (list-<domain>.json). They travel with the domain's
 *   pages (weapp: its subpackage; H5: its content chunk), so a list is there as soon as its page is;
 * - its whole records, in WHOLE_PARTS[domain] parts (whole-<domain>-<n>.json), each record in the part its id's hash
 *   names: a chunk of its own that a detail page loads when it opens (weapp: a subpackage, require.async). A fixed
 *   number of parts keeps app.json and the loader's table (main package) the same at any number of records; a
 *   part grows by 1/n of what the domain grows.
 * A pack from the content URL carries whole records: pages then read those and load nothing.
 * A field a list newly needs is added to LIST_FIELDS (typecheck says where); `npm run content:digest` rewrites.
 */

type KeysOf<T> = T extends unknown ? keyof T : never

/** Per domain, the fields of each record that its list page (and its detail page's cross-links) read. */
export const LIST_FIELDS = {
  livelihood: [
    'id',
    'kind',
    'title',
    'category',
    'status',
    'progress',
    'updatedAt',
    'stage',
    'year',
    'chapter',
    'source',
  ],
  jobs: ['id', 'title', 'employer', 'townId', 'type', 'schedule', 'pay', 'postedAt', 'deadline', 'source'],
  events: ['id', 'title', 'category', 'venue', 'start', 'end', 'recurrence', 'townId', 'attractionId', 'source'],
  attractions: ['id', 'name', 'summary', 'townId', 'free', 'price', 'tags', 'hours', 'source'],
  policies: ['id', 'title', 'category', 'summary', 'eligibility', 'source'],
} as const satisfies { [D in Domain]: ReadonlyArray<KeysOf<RecordOf<D>>> }

/**
 * How many parts each domain's whole records are split into. Measured on weapp (2026-12-07): a part is 4–20 KB
 * today and 60–120 KB at ten times today's content (policies' largest); with 8 parts for jobs and policies each
 * part was half that, but every part costs the main package about 0.15 KB (app.json, the runtime's chunk table).
 */
export const WHOLE_PARTS: { readonly [D in Domain]: number } = {
  livelihood: 2,
  jobs: 4,
  events: 2,
  attractions: 1,
  policies: 4,
}

type ListField<D extends Domain> = (typeof LIST_FIELDS)[D][number]
type PickEach<T, K extends PropertyKey> = T extends unknown ? Pick<T, Extract<K, keyof T>> : never

/** A record as its domain's list has it (a kind of livelihood item keeps its own fields). */
export type ListRecord<D extends Domain> = PickEach<RecordOf<D>, ListField<D>> & { id: string; source: Source }

export type ListRecords = { [D in Domain]: Array<ListRecord<D>> }

/** The list record of a whole record. */
export function listRecordOf<D extends Domain>(domain: D, record: ContentPack[D][number]): ListRecord<D> {
  const out: Record<string, unknown> = {}
  const from = record as unknown as Record<string, unknown>
  for (const field of LIST_FIELDS[domain] as readonly string[]) if (from[field] !== undefined) out[field] = from[field]
  return out as ListRecord<D>
}

/**
 * What an event's whole record carries of the attraction it links to (相关景点: its name and summary), so that its
 * detail page does not load every attraction's summary to name one. Only in the digest's parts: a pack from the
 * content URL holds the attractions themselves.
 */
export type LinkedAttraction = Pick<Attraction, 'id' | 'name' | 'summary'>

/** A whole record as its part holds it: an event with its linked attraction (see LinkedAttraction). */
export function wholeRecordOf<D extends Domain>(
  domain: D,
  record: ContentPack[D][number],
  pack: Pick<ContentPack, 'attractions'>,
): ContentPack[D][number] {
  if (domain !== 'events') return record
  const id = (record as ContentPack['events'][number]).attractionId
  const attraction = id ? pack.attractions.find((a) => a.id === id) : undefined
  if (!attraction) return record
  const linkedAttraction: LinkedAttraction = { id: attraction.id, name: attraction.name, summary: attraction.summary }
  return { ...record, linkedAttraction }
}

/** The linked attraction a whole event from a part carries, if any. */
export function linkedAttractionOf(event: object): LinkedAttraction | undefined {
  return (event as { linkedAttraction?: LinkedAttraction }).linkedAttraction
}

/** Which of its domain's parts holds a record: FNV-1a of the id's UTF-16 units, modulo the number of parts. */
export function partOf(domain: Domain, id: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash % WHOLE_PARTS[domain]
}

/** The key of a domain's part in the store of loaded parts, e.g. jobs-3. */
export function partKey(domain: Domain, part: number): string {
  return `${domain}-${part}`
}

/** A part of the whole records a detail page asked for: its records once in, or how it stands until then. */
export interface WholePart {
  records?: ReadonlyArray<ContentPack[Domain][number]>
  pending?: 'loading' | 'failed'
}

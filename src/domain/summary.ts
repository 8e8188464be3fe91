import type { ContentPack, Domain, Figure, Source } from '@/content/schema'
import { trackerFigures, type TrackerFigures } from './livelihood'
import type { RecordOf } from './records'

/*
 * The content summary: what the pages outside a domain's own list and detail
 * read (home, search's hit facts, 我的, the page shell, cross-links between
 * domains). It is made from a whole pack by summaryOf, at build time for the
 * embedded content (scripts/content-digest.ts writes src/content/digest/) and
 * at run time for a pack from the content URL, so both hold the same fields.
 * The whole records stay with their domain's pages: a weapp subpackage, an H5
 * page chunk.
 *
 * A field a summary page newly needs is added to SUMMARY_FIELDS; the types
 * below then let it through, and `npm run content:digest` rewrites the files.
 */

/** Per domain, the fields of each record the summary keeps (`source` is cut down to its kind, see SummarySource). */
export const SUMMARY_FIELDS = {
  livelihood: ['id', 'title', 'source'],
  jobs: ['id', 'title', 'employer', 'townId', 'type', 'schedule', 'pay', 'postedAt', 'deadline', 'source'],
  events: ['id', 'title', 'category', 'venue', 'start', 'end', 'recurrence', 'townId', 'attractionId', 'source'],
  attractions: ['id', 'name', 'summary', 'townId', 'free', 'price', 'tags', 'hours', 'source'],
  policies: ['id', 'title', 'category', 'source'],
} as const satisfies { [D in Domain]: ReadonlyArray<keyof ContentPack[D][number]> }

/**
 * Whether a record is sample data, or cited with some fields added as sample (`partly`): 我的 counts both.
 * A partly cited record keeps the names of its sample fields, so a summary-only page can tell (e.g. a real
 * festival whose dates are only an example).
 */
export type SummarySource = { kind: Source['kind']; partly?: true; sampleFields?: string[] }

type SummaryField<D extends Domain> = Extract<(typeof SUMMARY_FIELDS)[D][number], keyof RecordOf<D>>

export type SummaryRecord<D extends Domain> = Omit<Pick<RecordOf<D>, SummaryField<D>>, 'source'> & {
  source: SummarySource
}

export type SummaryRecords = { [D in Domain]: Array<SummaryRecord<D>> }

/** What the summary holds besides the records: the same size whatever the number of records. */
export type SummaryCore = Omit<ContentSummary, keyof SummaryRecords>

export interface ContentSummary extends SummaryRecords {
  schemaVersion: ContentPack['schemaVersion']
  version: number
  updatedAt: string
  edition: ContentPack['edition']
  towns: ContentPack['towns']
  /** Home's tracker figures: trackerFigures of the whole livelihood records, the same function the tracker uses. */
  livelihoodTracker: TrackerFigures
  /** Home's key figures (at most MAX_FIGURES): the pack's own, or none when it holds none. */
  figures: Figure[]
}

function summarySource(source: Source): SummarySource {
  return source.kind === 'cited' && (source.sampleFields?.length ?? 0) > 0
    ? { kind: source.kind, partly: true, sampleFields: source.sampleFields }
    : { kind: source.kind }
}

function pick<D extends Domain>(domain: D, record: ContentPack[D][number]): SummaryRecord<D> {
  const out: Record<string, unknown> = {}
  const fields: readonly string[] = SUMMARY_FIELDS[domain]
  const from = record as unknown as Record<string, unknown>
  for (const field of fields) {
    if (field === 'source') out.source = summarySource(record.source)
    else if (from[field] !== undefined) out[field] = from[field]
  }
  return out as SummaryRecord<D>
}

const records = <D extends Domain>(pack: ContentPack, domain: D): Array<SummaryRecord<D>> =>
  (pack[domain] as ReadonlyArray<ContentPack[D][number]>).map((r) => pick(domain, r))

/** The summary of a whole pack. */
export function summaryOf(pack: ContentPack): ContentSummary {
  return {
    schemaVersion: pack.schemaVersion,
    version: pack.version,
    updatedAt: pack.updatedAt,
    edition: pack.edition,
    towns: pack.towns,
    livelihood: records(pack, 'livelihood'),
    jobs: records(pack, 'jobs'),
    events: records(pack, 'events'),
    attractions: records(pack, 'attractions'),
    policies: records(pack, 'policies'),
    livelihoodTracker: trackerFigures(pack.livelihood),
    figures: pack.figures ?? [],
  }
}

import type { Domain } from '@/content/schema'
import type { SearchDoc } from '../search/document'
import type { SummaryRecords } from '../summary'

/*
 * The parts of the embedded content's digest (npm run content:digest) that grow with the number of records, each
 * a chunk of its own that the first page needing it loads: on weapp a subpackage (config/async-pack.ts names it
 * packages/<webpackChunkName>/), on H5 a file fetched on demand. The main package carries none of them.
 */

const docsOf = (m: { default: unknown }) => m.default as SearchDoc[]

type Part = () => Promise<{ default: unknown }>

const RECORDS: { [D in Domain]: Part } = {
  livelihood: () =>
    import(/* webpackChunkName: "digest-records-livelihood" */ '@/content/digest/records-livelihood.json'),
  jobs: () => import(/* webpackChunkName: "digest-records-jobs" */ '@/content/digest/records-jobs.json'),
  events: () => import(/* webpackChunkName: "digest-records-events" */ '@/content/digest/records-events.json'),
  attractions: () =>
    import(/* webpackChunkName: "digest-records-attractions" */ '@/content/digest/records-attractions.json'),
  policies: () => import(/* webpackChunkName: "digest-records-policies" */ '@/content/digest/records-policies.json'),
}

/** One domain's records with their summary fields (home, 我的, search's hit facts, cross-links). */
export function loadEmbeddedRecords<D extends Domain>(domain: D): Promise<SummaryRecords[D]> {
  return RECORDS[domain]().then((m) => m.default as SummaryRecords[D])
}

/** The search page's documents, one chunk per domain so none grows past a subpackage's budget. */
export function loadEmbeddedSearchDocs(): Promise<SearchDoc[]> {
  return Promise.all([
    import(/* webpackChunkName: "digest-search-livelihood" */ '@/content/digest/search-livelihood.json').then(docsOf),
    import(/* webpackChunkName: "digest-search-jobs" */ '@/content/digest/search-jobs.json').then(docsOf),
    import(/* webpackChunkName: "digest-search-events" */ '@/content/digest/search-events.json').then(docsOf),
    import(/* webpackChunkName: "digest-search-attractions" */ '@/content/digest/search-attractions.json').then(docsOf),
    import(/* webpackChunkName: "digest-search-policies" */ '@/content/digest/search-policies.json').then(docsOf),
  ]).then((parts) => parts.flat())
}

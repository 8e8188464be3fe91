import type { Domain } from '@/content/schema'
import type { SummaryRecords } from '../summary'

/*
 * The parts of the embedded content's digest (npm run content:digest) that grow with the number of records, each
 * a chunk of its own that the first page needing it loads: on weapp a subpackage (config/async-pack.ts names it
 * packages/<webpackChunkName>/), on H5 a file fetched on demand. The main package carries none of them. Search's
 * documents are in embedded/search.ts (only the search page loads them).
 */

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

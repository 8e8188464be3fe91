import type { SearchDoc } from '../search/document'

/*
 * Search's documents of the embedded content (npm run content:digest), one chunk per domain so none grows past a
 * subpackage's budget (on weapp each is a subpackage: config/async-pack.ts). Only the search page loads them, when
 * the person first searches (platform/search-kit.ts).
 */

const docsOf = (m: { default: unknown }) => m.default as SearchDoc[]

export function loadEmbeddedSearchDocs(): Promise<SearchDoc[]> {
  return Promise.all([
    import(/* webpackChunkName: "digest-search-livelihood" */ '@/content/digest/search-livelihood.json').then(docsOf),
    import(/* webpackChunkName: "digest-search-jobs" */ '@/content/digest/search-jobs.json').then(docsOf),
    import(/* webpackChunkName: "digest-search-events" */ '@/content/digest/search-events.json').then(docsOf),
    import(/* webpackChunkName: "digest-search-attractions" */ '@/content/digest/search-attractions.json').then(docsOf),
    import(/* webpackChunkName: "digest-search-policies" */ '@/content/digest/search-policies.json').then(docsOf),
  ]).then((parts) => parts.flat())
}

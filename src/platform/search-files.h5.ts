import type { SearchDoc } from '@/domain/search/document'

/*
 * H5: search's code and the embedded content's documents in one file (one chunk named "search"), fetched when the
 * person first searches: one request instead of six on the keystroke that waits for them. (weapp: search-files.ts.)
 */

const docsOf = (m: { default: unknown }) => m.default as SearchDoc[]

export function loadSearchFiles(withDocs: boolean) {
  return Promise.all([
    import(/* webpackChunkName: "search" */ '@/domain/search/engine'),
    withDocs
      ? Promise.all([
          import(/* webpackChunkName: "search" */ '@/content/digest/search-livelihood.json').then(docsOf),
          import(/* webpackChunkName: "search" */ '@/content/digest/search-jobs.json').then(docsOf),
          import(/* webpackChunkName: "search" */ '@/content/digest/search-events.json').then(docsOf),
          import(/* webpackChunkName: "search" */ '@/content/digest/search-attractions.json').then(docsOf),
          import(/* webpackChunkName: "search" */ '@/content/digest/search-policies.json').then(docsOf),
        ]).then((parts) => parts.flat())
      : Promise.resolve<SearchDoc[] | undefined>(undefined),
  ])
}

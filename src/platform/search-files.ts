import type { SearchDoc } from '@/domain/search/document'
import { loadEmbeddedSearchDocs } from '@/domain/embedded/search'

/*
 * Search's code and the embedded content's documents, loaded when the person first searches (search-kit.ts). On
 * weapp each is a subpackage of its own (the documents one per domain, so none grows past a subpackage's budget);
 * H5 fetches them as one file (search-files.h5.ts).
 */

export function loadSearchFiles(withDocs: boolean) {
  return Promise.all([
    import(/* webpackChunkName: "search-engine" */ '@/domain/search/engine'),
    withDocs ? loadEmbeddedSearchDocs() : Promise.resolve<SearchDoc[] | undefined>(undefined),
  ])
}

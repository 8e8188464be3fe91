import docs from '@/content/digest/search.json'
import type { SearchDoc } from '../search/document'

/** The search documents of the embedded content, made at build time (npm run content:digest); the search page's own. */
export const embeddedSearchDocs = docs as unknown as SearchDoc[]

import { useMemo } from 'react'
import { search, type SearchResult } from '@/domain/search'
import { useContent } from './use-content'

/** Results for a query over the content in use; the index is built on the first query, once per pack. */
export function useSearch(query: string): SearchResult {
  const { pack } = useContent()
  return useMemo(() => search(pack, query), [pack, query])
}

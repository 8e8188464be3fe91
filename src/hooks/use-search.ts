import { useCallback, useMemo } from 'react'
import { search, type SearchHit, type SearchResult } from '@/domain/search'
import { hitFacts, type HitFacts } from '@/domain/search-hit'
import { useContent } from './use-content'

/** Results for a query over the content in use; the index is built on the first query, once per pack. */
export function useSearch(query: string): SearchResult {
  const { pack } = useContent()
  return useMemo(() => search(pack, query), [pack, query])
}

/** Whether a query finds anything: only such queries are kept as recent searches. */
export function useFindsSomething(): (query: string) => boolean {
  const { pack } = useContent()
  return useCallback((query: string) => search(pack, query).total > 0, [pack])
}

/** The facts line of a hit at `now`: dates and status, deadline, open now. */
export function useHitFacts(): (hit: SearchHit, now: number) => HitFacts | undefined {
  const { pack } = useContent()
  return useCallback((hit: SearchHit, now: number) => hitFacts(pack, hit, now), [pack])
}

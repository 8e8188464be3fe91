import { useCallback, useDeferredValue, useEffect, useMemo } from 'react'
import { search, searchIndex, type SearchHit, type SearchResult } from '@/domain/search'
import { hitFacts, type HitFacts } from '@/domain/search-hit'
import { whenIdle } from '@/platform/idle'
import { useContent } from './use-content'

/**
 * Results for a query over the content in use. The index is built in idle
 * time right after the search page first renders, so the first keystroke only
 * searches; and results follow the typed text at a lower priority
 * (useDeferredValue), so a slow render never holds up the next keystroke.
 */
export function useSearch(query: string): SearchResult {
  const { pack } = useContent()
  useEffect(() => whenIdle(() => void searchIndex(pack)), [pack])
  const deferred = useDeferredValue(query)
  return useMemo(() => search(pack, deferred), [pack, deferred])
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

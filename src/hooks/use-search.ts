import { useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react'
import type { Pending } from '@/domain/content-store'
import type { SearchDoc } from '@/domain/search/document'
import { hitFacts, type HitFacts } from '@/domain/search/facts'
import type { SearchHit, SearchResult } from '@/domain/search/hit'
import { prepareQuestions } from '@/domain/search/question'
import { search } from '@/domain/search/search'
import { searchDocs, searchIndex } from '@/domain/search/search-index'
import { SEARCH_SUGGESTIONS } from '@/domain/search/words'
import { needSearchDocs } from '@/platform/digest'
import { whenIdle } from '@/platform/idle'
import { embeddedSearchDocs } from '@/platform/stores'
import { useContent } from './use-content'
import { useNow } from './use-now'
import { useStore } from './use-store'

/**
 * What search reads: the documents of a pack from the content URL, else the embedded content's, which arrive a
 * moment after the search page first opens (`pending` until then: on their way, or they could not be loaded).
 */
export function useSearchDocs(): { docs: readonly SearchDoc[]; pending?: Pending } {
  const { pack } = useContent()
  const embedded = useStore(embeddedSearchDocs)
  useEffect(() => {
    if (!pack) needSearchDocs()
  }, [pack])
  return useMemo(() => (pack ? { docs: searchDocs(pack) } : embedded), [pack, embedded])
}

/**
 * Results for a query over the content in use. The index (and what reading a question needs) is built in idle
 * time right after the search page first renders, so the first keystroke only
 * searches; and results follow the typed text at a lower priority
 * (useDeferredValue), so a slow render never holds up the next keystroke.
 */
export function useSearch(query: string): SearchResult {
  const { docs } = useSearchDocs()
  const now = useNow()
  useEffect(
    () =>
      whenIdle(() => {
        prepareQuestions(searchIndex(docs))
        // Search's code is compiled on its first run: one search of what the empty box offers first, in idle
        // time, so the person's first keystroke is not that first run.
        search(docs, SEARCH_SUGGESTIONS[0], now)
      }),
    [docs, now],
  )
  const deferred = useDeferredValue(query)
  // "now" puts what has closed after what is open.
  return useMemo(() => search(docs, deferred, now), [docs, deferred, now])
}

/** Whether a query finds anything: only such queries are kept as recent searches. */
export function useFindsSomething(): (query: string) => boolean {
  const { docs } = useSearchDocs()
  return useCallback((query: string) => search(docs, query).total > 0, [docs])
}

/** The domains whose records a hit's facts line reads (hitFacts). */
export const HIT_FACT_RECORDS = ['events', 'jobs', 'attractions'] as const

/** The facts line of a hit at `now`: dates and status, deadline, open now. */
export function useHitFacts(): (hit: SearchHit, now: number) => HitFacts | undefined {
  const { summary } = useContent(...HIT_FACT_RECORDS)
  return useCallback((hit: SearchHit, now: number) => hitFacts(summary, hit, now), [summary])
}

/**
 * Whether everything about `result` may render: false on the render that first
 * shows it, true from the next idle moment on. The page draws a screenful of
 * rows first, so a keystroke waits for those only, and the rest right after.
 */
export function useRevealed(result: SearchResult): boolean {
  const [revealed, setRevealed] = useState<SearchResult | undefined>(undefined)
  useEffect(() => whenIdle(() => setRevealed(result)), [result])
  return revealed === result
}

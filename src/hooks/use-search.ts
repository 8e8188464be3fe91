import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react'
import { pendingOf, type Pending } from '@/domain/content-store'
import type { SearchDoc } from '@/domain/search/document'
import type * as searchEngine from '@/domain/search/engine'
import type { HitFacts } from '@/domain/search/facts'
import type { SearchHit, SearchResult } from '@/domain/search/hit'
import { cleanQuery, wantsElderMode } from '@/domain/search/query'
import { whenIdle } from '@/platform/idle'
import { HIT_FACT_RECORDS, needSearch } from '@/platform/search-kit'
import { contentStore, searchKit } from '@/platform/stores'
import { useNow } from './use-now'
import { useStore } from './use-store'

/** Search, ready to run: its code and the documents in use. */
export interface Ready {
  engine: typeof searchEngine
  docs: readonly SearchDoc[]
}

export interface SearchState {
  /** Set once search's code and documents (and the records of the hits' facts) are in. */
  ready?: Ready
  /** Until then: on their way, or they could not be loaded; undefined before the person first searches. */
  pending?: Pending
}

/** A part of the content store: the component draws again only when that part changes. */
function useContentPart<T>(pick: () => T): T {
  return useSyncExternalStore(contentStore.subscribe, pick, pick)
}

/**
 * What search runs on: its code, and the documents of a pack from the content URL, else the embedded content's.
 * Nothing loads with the page: they are asked for (needSearch) when the person first searches.
 */
function useSearchKit(): SearchState {
  // Only what search reads of the content (not every record's arrival: each would draw the page again).
  const pack = useContentPart(() => contentStore.get().pack)
  const records = useContentPart(() => pendingOf(contentStore.get().missing, HIT_FACT_RECORDS))
  const kit = useStore(searchKit)
  const { engine } = kit
  const docs = useMemo(() => (pack && engine ? engine.searchDocs(pack) : kit.docs), [pack, engine, kit.docs])
  // The hits' facts line reads the records: results wait for them while they come (a failed load leaves it out).
  const ready = useMemo(() => (engine && docs ? { engine, docs } : undefined), [engine, docs])
  if (!ready) return { pending: kit.pending }
  return records === 'loading' ? { pending: 'loading' } : { ready }
}

const nothingYet = (q: string): SearchResult => ({
  query: q,
  terms: [],
  groups: [],
  hits: [],
  total: 0,
  suggestions: [],
  elderIntent: wantsElderMode(q),
})

/**
 * Results for a query over the content in use; the query as cleaned, and no hits, until search is ready (`pending`
 * says how it stands). A query asks for search's code and documents (needSearch: the page also asks on the first
 * input, before this renders). Results follow the typed text at a lower priority (useDeferredValue), so a slow
 * render never holds up the next keystroke; once the first results are in, what makes later searches quicker is
 * prepared in idle moments.
 */
export function useSearch(query: string): SearchState & { result: SearchResult } {
  const state = useSearchKit()
  const { ready } = state
  const now = useNow()
  const deferred = useDeferredValue(query)
  // Until search is ready there is nothing to compute: the page follows the box at once (正在载入…). The render
  // that brings search in shows the results for what is in the box then; later keystrokes' results are deferred.
  const shown = useRef<Ready | undefined>(undefined)
  useEffect(() => {
    shown.current = ready
  }, [ready])
  const searched = ready && ready === shown.current ? deferred : query
  const q = cleanQuery(searched)
  useEffect(() => {
    if (q !== '') needSearch()
  }, [q])
  useEffect(() => {
    if (!ready) return undefined
    const steps = ready.engine.warmUpSteps(ready.docs)
    let cancel = () => {}
    const next = () => {
      const step = steps.shift()
      if (!step) return
      cancel = whenIdle(() => {
        step()
        next()
      })
    }
    next()
    return () => cancel()
  }, [ready])
  // "now" puts what has closed after what is open.
  const result = useMemo(
    () => (ready ? ready.engine.search(ready.docs, searched, now) : nothingYet(q)),
    [ready, searched, q, now],
  )
  return { ...state, result }
}

/**
 * Remembers a search that finds something (only those are worth offering again). One asked before search is
 * ready is judged when it is; if search never arrives, it is not kept.
 */
export function useRememberSearch(
  ready: Ready | undefined,
  remember: (query: string) => void,
): (query: string) => void {
  const [waiting, setWaiting] = useState<string | undefined>(undefined)
  const judge = useCallback(
    (query: string, on: Ready) => {
      if (on.engine.search(on.docs, query).total > 0) remember(query)
    },
    [remember],
  )
  useEffect(() => {
    if (!ready || waiting === undefined) return
    setWaiting(undefined)
    judge(waiting, ready)
  }, [ready, waiting, judge])
  return useCallback(
    (query: string) => {
      if (ready) judge(query, ready)
      else setWaiting(query)
    },
    [ready, judge],
  )
}

/** The facts line of a hit at `now` (dates and status, deadline, open now), once search is ready. */
export function useHitFacts(ready: Ready | undefined): (hit: SearchHit, now: number) => HitFacts | undefined {
  const summary = useContentPart(() => (ready ? contentStore.get().summary : undefined))
  return useCallback(
    (hit: SearchHit, now: number) => (ready && summary ? ready.engine.hitFacts(summary, hit, now) : undefined),
    [summary, ready],
  )
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

/** How long a search that finds nothing waits, the words unchanged, before 没有找到结果 replaces what was shown. */
export const EMPTY_AFTER_MS = 700

/**
 * What the page shows for `result`: itself, except that a result with no hits keeps the last result that had some
 * on screen until the words have stayed the same for EMPTY_AFTER_MS. Typing 看病能报销 passes through 看病能, which
 * finds nothing: 没有找到结果 flashed between two answers, and the list jumped under the person's finger.
 */
export function useShownResult(result: SearchResult): SearchResult {
  const lastFound = useRef<SearchResult | undefined>(undefined)
  // The words whose empty result has been on show for EMPTY_AFTER_MS (a new result object may come for the same words).
  const [settled, setSettled] = useState<string | undefined>(undefined)
  const empty = result.total === 0 && result.query !== ''
  const words = result.query
  useEffect(() => {
    if (!empty) return undefined
    const timer = setTimeout(() => setSettled(words), EMPTY_AFTER_MS)
    return () => clearTimeout(timer)
  }, [empty, words])
  if (!empty) {
    if (result.total > 0) lastFound.current = result
    return result
  }
  return settled === words || !lastFound.current ? result : lastFound.current
}

import type { ContentPack } from '@/content/schema'
import type { DateInput } from '../date'
import type { SearchResult } from './hit'
import { search } from './search'

/** One query of the judged set: what a resident types, and the record (domain/id) they most likely want. */
export interface JudgedQuery {
  query: string
  want: string
  kind?: string
}

export interface JudgedOutcome {
  query: string
  want: string
  /** 1-based place of the wanted record in what the page shows first; 0 when it is not shown at all. */
  rank: number
  /** What came first instead, when the wanted record did not. */
  first?: string
}

export interface JudgedScore {
  queries: number
  /** Share of queries whose wanted record comes first. */
  top1: number
  /** Mean reciprocal rank of the wanted record (0 when it is not found). */
  mrr: number
  outcomes: JudgedOutcome[]
}

/** The order a resident sees: the hits best first, or when there are none the 你是不是要找… offers. */
export function shownOrder(result: SearchResult): string[] {
  const list = result.hits.length > 0 ? result.hits : result.suggestions
  return list.map((h) => `${h.domain}/${h.id}`)
}

/** Scores search against a judged query set, at `now` when the set is about what is open. */
export function judgeSearch(pack: ContentPack, queries: readonly JudgedQuery[], now?: DateInput): JudgedScore {
  const outcomes = queries.map(({ query, want }) => {
    const order = shownOrder(search(pack, query, now))
    const rank = order.indexOf(want) + 1
    const outcome: JudgedOutcome = { query, want, rank }
    if (rank !== 1 && order[0]) outcome.first = order[0]
    return outcome
  })
  const n = Math.max(1, outcomes.length)
  return {
    queries: outcomes.length,
    top1: outcomes.filter((o) => o.rank === 1).length / n,
    mrr: outcomes.reduce((sum, o) => sum + (o.rank > 0 ? 1 / o.rank : 0), 0) / n,
    outcomes,
  }
}

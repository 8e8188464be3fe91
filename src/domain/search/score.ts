import type { Domain } from '@/content/schema'
import type { SearchHit } from './hit'
import type { IndexEntry } from './search-index'

/**
 * How well one word of the query matches a record. The title (and a policy's
 * own names for itself) say what a record is about; its text only mentions things.
 */
export const SCORE = {
  /** The whole title (or the name in it) typed. */
  titleExact: 110,
  /** A name people call a policy by, typed whole (低保, 五保户). */
  nameExact: 92,
  titlePrefix: 84,
  titleSubstring: 72,
  namePart: 62,
  titlePinyin: 62,
  namePinyin: 56,
  /** A category or tag, typed whole (滑雪, 节庆). */
  tagExact: 58,
  tagPart: 40,
  body: 20,
  /** The title and a policy's own names both match: the record is plainly about the word. */
  titleAndName: 6,
  /** Up to this much more for a title match, by how much of the title the word covers. */
  coverage: 10,
  /** Matching through a synonym rather than the words typed. */
  synonymPenalty: 5,
  /** Homophones and near misses, only offered as 你是不是要找…. */
  homophone: 56,
  nearMiss: 44,
  /** An expired post or an ended event: below any open one that matches as well (a title over a text mention still wins). */
  closed: 30,
  /** A record of the kind a question asks for (招聘 → a job post). */
  intent: 15,
} as const

/**
 * Records a resident acts on (a policy to apply for, an event to go to, a
 * place to visit) come before job posts and project reports that match about as well.
 */
export const DOMAIN_PRIOR: Readonly<Record<Domain, number>> = {
  policies: 8,
  events: 8,
  attractions: 8,
  jobs: 0,
  livelihood: 0,
}

export function coverage(entry: IndexEntry, length: number): number {
  const core = Math.max(1, entry.coreEnd - entry.coreStart)
  return Math.round((SCORE.coverage * Math.min(length, core)) / core)
}

export function byRank(a: SearchHit & { order: number }, b: SearchHit & { order: number }): number {
  return (
    b.score - a.score ||
    // What the district says before what we made up, when both match as well.
    (a.sample ? 1 : 0) - (b.sample ? 1 : 0) ||
    TIE_ORDER.indexOf(a.domain) - TIE_ORDER.indexOf(b.domain) ||
    a.title.length - b.title.length ||
    a.order - b.order
  )
}

/** When two records match equally well: the place before the project that built it (雕塑公园). */
const TIE_ORDER: readonly Domain[] = ['attractions', 'events', 'policies', 'jobs', 'livelihood']

import type { Domain } from '@/content/schema'
import type { TextRange } from './highlight'

export interface SearchHit {
  domain: Domain
  id: string
  title: string
  titleRanges: TextRange[]
  /** A short piece of the record's text around a match that is not in the title. */
  snippet?: string
  snippetRanges: TextRange[]
  /** One line under the title: category, employer and pay, venue … */
  subtitle: string
  score: number
  /** A sample record: shown with its mark. */
  sample?: true
  /** An expired post or an ended event: it says so, and comes after open ones that match as well. */
  closed?: true
}

export interface SearchGroup {
  domain: Domain
  label: string
  count: number
  hits: SearchHit[]
}

export interface SearchResult {
  /** The query as searched: invisible characters removed, trimmed, capped. */
  query: string
  terms: string[]
  groups: SearchGroup[]
  /** Every hit, best first: hits[0] is the top hit. */
  hits: SearchHit[]
  total: number
  /** 你是不是要找…: records the query sounds like, when nothing is about the query itself. */
  suggestions: SearchHit[]
  /** The words asked about the elderly mode (长辈版, 大字 …): offer the switch. */
  elderIntent: boolean
}

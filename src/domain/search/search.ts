import type { Domain } from '@/content/schema'
import { toMillis, type DateInput } from '../date'
import { DOMAIN_LABELS } from '../records'
import { mergeRanges, rangesIn, snippetAround, type TextRange } from './highlight'
import type { SearchGroup, SearchHit, SearchResult } from './hit'
import { matchTerm, variants, type Variant } from './match'
import { cleanQuery, queryTerms, wantsElderMode } from './query'
import { readQuestion, type Question } from './question'
import { byRank, DOMAIN_PRIOR, SCORE } from './score'
import { bodyFor, entriesWith, searchIndex, type IndexEntry, type SearchIndex, type SearchSource } from './search-index'
import { suggest } from './suggest'

/** How often the words occur in the record's text, a small tie-breaker for records about the same thing. */
function mentions(entry: IndexEntry, words: readonly string[]): number {
  let n = 0
  for (const word of words) {
    if (word.length === 0) continue
    const body = bodyFor(entry, word)
    let from = body.indexOf(word)
    while (from >= 0 && n < 6) {
      n += 1
      from = body.indexOf(word, from + word.length)
    }
  }
  return n
}

function groupHits(hits: readonly SearchHit[]): SearchGroup[] {
  const groups: SearchGroup[] = []
  for (const hit of hits) {
    let group = groups.find((g) => g.domain === hit.domain)
    if (!group) {
      group = { domain: hit.domain, label: DOMAIN_LABELS[hit.domain], count: 0, hits: [] }
      groups.push(group)
    }
    group.count += 1
    group.hits.push(hit)
  }
  // Groups come in the order of their best hit, since hits arrive best first.
  return groups
}

/**
 * Searches every domain at once. Every word of the query must match the
 * record somewhere (title, names, tags or text). A record scores by how its
 * words match: the whole title first, then the title's start, anywhere in it,
 * by pinyin (initials only where a word begins), then a policy's other names,
 * tags, and last its text. Ties go to the record that mentions the words more,
 * then to the place or service before the report about it. Groups come in the
 * order of their best hit. When nothing is about the words as typed, the query is
 * read as a question (question.ts): any of its words may match, more is better, and
 * the kind of record it asks for comes first. Given `now`, an expired post or an
 * ended event comes after open ones that match as well, and says it is closed. When
 * nothing is about the query, homophones and near misses are offered as
 * `suggestions` (梅花路节 → 双阳梅花鹿节).
 * Never throws on odd input; an empty query finds nothing.
 */
export function search(source: SearchSource, query: string, now?: DateInput): SearchResult {
  const q = cleanQuery(query)
  const terms = queryTerms(q)
  const elderIntent = wantsElderMode(q)
  if (terms.length === 0) return { query: q, terms, groups: [], hits: [], total: 0, suggestions: [], elderIntent }

  const index = searchIndex(source)
  let found = matchEntries(index, terms, true)
  const suggestions = found.hits.length === 0 || (!found.anyAbout && terms.length === 1) ? suggest(index, terms) : []
  // Nothing matches the words as typed, nor sounds like them (梅花路节 is offered 梅花鹿节): read them as a
  // question (低保怎么申请 → 低保, a policy).
  if (found.hits.length === 0 && suggestions.length === 0) {
    const question = readQuestion(q, index)
    const asked = question ? answerQuestion(index, question) : undefined
    if (asked && asked.hits.length > 0) found = asked
  }
  const at = now === undefined ? undefined : toMillis(now)
  for (const hit of found.hits) {
    const closesAt = index.entries[hit.order]?.closesAt
    if (at !== undefined && closesAt !== undefined && closesAt < at) {
      hit.closed = true
      hit.score -= SCORE.closed
    }
  }
  const hits: SearchHit[] = found.hits.sort(byRank).map(withoutOrder)
  return { query: q, terms, groups: groupHits(hits), hits, total: hits.length, suggestions, elderIntent }
}

type RankedHit = SearchHit & { order: number }

/** A hit as results carry it, without the place its record has in the index (field by field: a rest copy cost more than the search). */
function withoutOrder(ranked: RankedHit): SearchHit {
  const { domain, id, title, titleRanges, snippetRanges, subtitle, score, sample, snippet, closed } = ranked
  const hit: SearchHit = { domain, id, title, titleRanges, snippetRanges, subtitle, score }
  if (sample) hit.sample = sample
  if (snippet !== undefined) hit.snippet = snippet
  if (closed) hit.closed = closed
  return hit
}

/**
 * The records the words match: every word (`all`), or any of them, a record matching more of them ranking
 * higher. `boost` adds to the records of the kinds a question asks for.
 */
function matchEntries(
  index: SearchIndex,
  terms: readonly string[],
  all: boolean,
  boost: readonly Domain[] = [],
): { hits: RankedHit[]; anyAbout: boolean } {
  const compiled = terms.map(variants)
  const words = compiled.flatMap((variantsOfTerm) => variantsOfTerm.map((v) => v.text))
  const hits: RankedHit[] = []
  let anyAbout = false
  const mask = mayMatch(index, compiled, all)
  for (const entry of index.entries) {
    if (mask && (mask[entry.order >>> 5]! & (1 << (entry.order & 31))) === 0) continue
    let score = 0
    let about = all
    let matched = 0
    const titleRanges: TextRange[] = []
    let bodyAt: TextRange | undefined
    for (const term of compiled) {
      const m = matchTerm(entry, term)
      if (!m) {
        if (all) break
        continue
      }
      matched += 1
      score += m.score
      about = all ? about && m.about : about || m.about
      if (m.titleRange) titleRanges.push(m.titleRange)
      if (m.bodyAt && !bodyAt) bodyAt = m.bodyAt
    }
    if (matched === 0 || (all && matched < compiled.length)) continue
    anyAbout ||= about
    const hit: RankedHit = {
      domain: entry.domain,
      id: entry.id,
      title: entry.title,
      titleRanges: mergeRanges([...titleRanges, ...rangesIn(entry.titleNorm, words)]),
      snippetRanges: [],
      subtitle: entry.subtitle,
      score:
        score / terms.length +
        DOMAIN_PRIOR[entry.domain] +
        (boost.includes(entry.domain) ? SCORE.intent : 0) +
        mentions(entry, terms) / 4,
      order: entry.order,
    }
    if (entry.sample) hit.sample = true
    if (bodyAt) {
      const { snippet, ranges } = snippetAround(entry, bodyAt, words)
      hit.snippet = snippet
      hit.snippetRanges = ranges
    }
    hits.push(hit)
  }
  return { hits, anyAbout }
}

/**
 * The entries a query's words may match (undefined: any of them): a word matches only where one of its variants'
 * characters all are (match.ts), or by pinyin anywhere. Every word's, or any word's.
 */
function mayMatch(index: SearchIndex, compiled: readonly Variant[][], all: boolean): Uint32Array | undefined {
  const { entries, byBit } = index
  if (!byBit) return undefined
  const filtered = { entries, byBit }
  let mask: Uint32Array | undefined
  for (const term of compiled) {
    if (term.some((v) => v.pinyinable)) {
      if (all) continue
      return undefined
    }
    let termMask: Uint32Array | undefined
    for (const variant of term) {
      const found = entriesWith(filtered, variant.chars)
      if (!termMask) termMask = found
      else for (let k = 0; k < found.length; k += 1) termMask[k]! |= found[k]!
    }
    if (!termMask) continue
    if (!mask) mask = termMask
    else if (all) for (let k = 0; k < mask.length; k += 1) mask[k]! &= termMask[k]!
    else for (let k = 0; k < mask.length; k += 1) mask[k]! |= termMask[k]!
  }
  return mask
}

/**
 * A question's answer: records matching any of its words (more words, higher), those of the kinds it asks
 * for first; a question of nothing but a kind (双阳招聘) lists that kind in its own order.
 */
function answerQuestion(index: SearchIndex, question: Question): { hits: RankedHit[]; anyAbout: boolean } {
  if (question.words.length > 0) return matchEntries(index, question.words, false, question.domains)
  const hits: RankedHit[] = index.entries
    .filter((entry) => question.domains.includes(entry.domain))
    .map((entry) => ({
      domain: entry.domain,
      id: entry.id,
      title: entry.title,
      titleRanges: [],
      snippetRanges: [],
      subtitle: entry.subtitle,
      // In the content's own order (posts newest first).
      score: DOMAIN_PRIOR[entry.domain] - entry.order / index.entries.length,
      order: entry.order,
      ...(entry.sample ? { sample: true as const } : {}),
    }))
  return { hits, anyAbout: hits.length > 0 }
}

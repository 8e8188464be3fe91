import { DOMAIN_LABELS } from '../records'
import { mergeRanges, rangesIn, snippetAround, type TextRange } from './highlight'
import type { SearchGroup, SearchHit, SearchResult } from './hit'
import { matchTerm, variants } from './match'
import { cleanQuery, queryTerms, wantsElderMode } from './query'
import { byRank, DOMAIN_PRIOR } from './score'
import { searchIndex, type IndexEntry, type SearchSource } from './search-index'
import { suggest } from './suggest'

/** How often the words occur in the record's text, a small tie-breaker for records about the same thing. */
function mentions(entry: IndexEntry, words: readonly string[]): number {
  let n = 0
  for (const word of words) {
    if (word.length === 0) continue
    let from = entry.bodyNorm.indexOf(word)
    while (from >= 0 && n < 6) {
      n += 1
      from = entry.bodyNorm.indexOf(word, from + word.length)
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
 * order of their best hit. When nothing is about the query, homophones and near
 * misses are offered as `suggestions` (梅花路节 → 双阳梅花鹿节).
 * Never throws on odd input; an empty query finds nothing.
 */
export function search(source: SearchSource, query: string): SearchResult {
  const q = cleanQuery(query)
  const terms = queryTerms(q)
  const elderIntent = wantsElderMode(q)
  if (terms.length === 0) return { query: q, terms, groups: [], hits: [], total: 0, suggestions: [], elderIntent }

  const compiled = terms.map(variants)
  const words = compiled.flatMap((variantsOfTerm) => variantsOfTerm.map((v) => v.text))
  const found: Array<SearchHit & { order: number }> = []
  const index = searchIndex(source)
  let anyAbout = false
  for (const entry of index.entries) {
    let score = 0
    let about = true
    const titleRanges: TextRange[] = []
    let bodyAt: TextRange | undefined
    let matchedAll = true
    for (const term of compiled) {
      const m = matchTerm(entry, term)
      if (!m) {
        matchedAll = false
        break
      }
      score += m.score
      about &&= m.about
      if (m.titleRange) titleRanges.push(m.titleRange)
      if (m.bodyAt && !bodyAt) bodyAt = m.bodyAt
    }
    if (!matchedAll) continue
    anyAbout ||= about
    const hit: SearchHit & { order: number } = {
      domain: entry.domain,
      id: entry.id,
      title: entry.title,
      titleRanges: mergeRanges([...titleRanges, ...rangesIn(entry.titleNorm, words)]),
      snippetRanges: [],
      subtitle: entry.subtitle,
      score: score / terms.length + DOMAIN_PRIOR[entry.domain] + mentions(entry, terms) / 4,
      order: entry.order,
    }
    if (bodyAt) {
      const { snippet, ranges } = snippetAround(entry, bodyAt, words)
      hit.snippet = snippet
      hit.snippetRanges = ranges
    }
    found.push(hit)
  }

  const hits: SearchHit[] = found.sort(byRank).map(({ order: _order, ...hit }) => hit)
  const suggestions = hits.length === 0 || (!anyAbout && terms.length === 1) ? suggest(index, terms) : []
  return { query: q, terms, groups: groupHits(hits), hits, total: hits.length, suggestions, elderIntent }
}

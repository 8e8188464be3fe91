import { readingsOf } from '../pinyin'
import { mergeRanges, type TextRange } from './highlight'
import type { SearchHit } from './hit'
import type { TermMatch } from './match'
import { isHan } from './query'
import { byRank, coverage, DOMAIN_PRIOR, SCORE } from './score'
import {
  charNeed,
  charsOf,
  hasChars,
  type CharNeed,
  type IndexEntry,
  type SearchIndex,
  type SoundIndex,
  type TextReadings,
} from './search-index'

const MAX_SUGGESTIONS = 3

/** How every title and name sounds, built on the first call: reading → entries, and each character's readings. */
function soundIndex(index: SearchIndex): SoundIndex {
  if (index.sounds) return index.sounds
  const byReading = new Map<string, number[]>()
  const textReadings = (text: string, i: number): TextReadings => {
    const out: Array<readonly string[] | undefined> = []
    for (let k = 0; k < text.length; k += 1) {
      const readings = readingsOf(text.charAt(k))
      out.push(readings)
      for (const reading of readings ?? []) {
        const list = byReading.get(reading)
        if (!list) byReading.set(reading, [i])
        else if (list[list.length - 1] !== i) list.push(i)
      }
    }
    return out
  }
  const readings = index.entries.map((entry, i) => ({
    title: textReadings(entry.titleNorm, i),
    names: entry.namesNorm.map((name) => textReadings(name, i)),
  }))
  index.sounds = { byReading, readings }
  return index.sounds
}

/** Entries that may sound like the term: with one wrong character at most, its first or second character fits. */
function soundCandidates(sounds: SoundIndex, term: string): Set<number> {
  const out = new Set<number>()
  for (const ch of term.slice(0, 2)) {
    for (const reading of readingsOf(ch) ?? []) for (const i of sounds.byReading.get(reading) ?? []) out.add(i)
  }
  return out
}

/**
 * 你是不是要找…: records whose title or name sounds like the query (路 for 鹿,
 * both lu) or differs from it in one character of three or more. Chinese
 * words only; every word must fit the same record.
 */
export function suggest(index: SearchIndex, terms: readonly string[]): SearchHit[] {
  const han = terms.filter((t) => t.length >= 2 && Array.from(t).every(isHan))
  if (han.length === 0 || han.length !== terms.length) return []
  const sounds = soundIndex(index)
  let candidates: number[] | undefined
  const soundTerms: SoundTerm[] = han.map((text) => ({
    text,
    readings: Array.from(text, (ch) => readingsOf(ch)),
    chars: Array.from(text, charNeed),
  }))
  for (const term of han) {
    const set = soundCandidates(sounds, term)
    candidates = candidates ? candidates.filter((i) => set.has(i)) : [...set].sort((a, b) => a - b)
  }
  const found: Array<SearchHit & { order: number }> = []
  for (const i of candidates ?? []) {
    const entry = index.entries[i]!
    // Some character must be typed right.
    if (!soundTerms.every((t) => t.chars.some((c) => hasChars(charsOf(entry), c)))) continue
    let score = 0
    const ranges: TextRange[] = []
    for (const term of soundTerms) {
      const m = soundsLike(entry, sounds.readings[i]!, term)
      if (!m) {
        score = -1
        break
      }
      score += m.score
      if (m.titleRange) ranges.push(m.titleRange)
    }
    if (score < 0) continue
    found.push({
      domain: entry.domain,
      id: entry.id,
      title: entry.title,
      titleRanges: mergeRanges(ranges),
      snippetRanges: [],
      subtitle: entry.subtitle,
      score: score / han.length + DOMAIN_PRIOR[entry.domain],
      order: entry.order,
    })
  }
  return found
    .sort(byRank)
    .slice(0, MAX_SUGGESTIONS)
    .map(({ order: _order, ...hit }) => hit)
}

interface SoundTerm {
  text: string
  readings: ReadonlyArray<readonly string[] | undefined>
  /** Each character's filter bits, to skip records that share no character with the term. */
  chars: CharNeed[]
}

function soundsLike(
  entry: IndexEntry,
  readings: SoundIndex['readings'][number],
  term: SoundTerm,
): TermMatch | undefined {
  const at = closeWindow(entry.titleNorm, readings.title, term)
  if (at) {
    const score = (at.misses > 0 ? SCORE.nearMiss : SCORE.homophone) + coverage(entry, term.text.length)
    // Mark only what sounds like the query, not a near miss.
    return at.misses > 0
      ? { score, about: true }
      : { score, about: true, titleRange: [at.index, at.index + term.text.length] }
  }
  for (let j = 0; j < entry.namesNorm.length; j += 1) {
    const m = closeWindow(entry.namesNorm[j]!, readings.names[j] ?? [], term)
    if (m) return { score: m.misses > 0 ? SCORE.nearMiss : SCORE.homophone, about: true }
  }
  return undefined
}

function sameSound(own: readonly string[] | undefined, readings: readonly string[] | undefined): boolean {
  if (!readings || !own) return false
  for (const r of own) if (readings.includes(r)) return true
  return false
}

/** A place in `text` where the term fits with every character the same or a homophone, or (3+ characters) one wrong. */
function closeWindow(text: string, own: TextReadings, term: SoundTerm): { index: number; misses: number } | undefined {
  const n = term.text.length
  let best: { index: number; misses: number } | undefined
  for (let i = 0; i + n <= text.length; i += 1) {
    let misses = 0
    let same = 0
    for (let k = 0; k < n && misses < 2; k += 1) {
      if (text.charAt(i + k) === term.text.charAt(k)) {
        same += 1
        continue
      }
      if (!sameSound(own[i + k], term.readings[k])) misses += 1
    }
    if (same === 0 || same === n || misses > (n >= 3 ? 1 : 0)) continue
    if (!best || misses < best.misses) best = { index: i, misses }
    if (misses === 0) break
  }
  return best
}

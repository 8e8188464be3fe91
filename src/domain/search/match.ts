import { hasLatin, isSyllables, matchPinyin, mayMatchPinyin, type PinyinOptions } from '../pinyin'
import type { TextRange } from './highlight'
import { coverage, SCORE } from './score'
import { bodyFor, charNeed, hasChars, pinyinOf, type CharNeed, type IndexEntry } from './search-index'
import { RELATED_WORDS, SYNONYM_GROUPS } from './words'

export interface Variant {
  text: string
  synonym: boolean
  pinyinable: boolean
  /** Whole pinyin syllables, so it may also match in the middle of a title. */
  syllables: boolean
  /** Its characters in the entries' character filter. */
  chars: CharNeed
}

/** The term, then the same term with each synonym swapped in. */
export function variants(term: string): Variant[] {
  const texts = [term]
  for (const group of RELATED_WORDS) {
    if (group.includes(term)) texts.push(...group.filter((w) => w !== term))
  }
  for (const group of SYNONYM_GROUPS) {
    for (const word of group) {
      if (!term.includes(word)) continue
      for (const other of group) {
        const text = term.split(word).join(other)
        if (!texts.includes(text)) texts.push(text)
      }
    }
  }
  // Pinyin from two letters on: a single letter would match half of everything.
  return texts.map((text, i) => {
    const latin = hasLatin(text)
    return {
      text,
      synonym: i > 0,
      pinyinable: latin && text.replace(/[^a-z]/g, '').length >= 2,
      syllables: latin && text.length >= 4 && isSyllables(text),
      chars: charNeed(text),
    }
  })
}

export interface TermMatch {
  score: number
  /** Whether the record is about the word (title or names), not only mentions it. */
  about: boolean
  titleRange?: TextRange
  bodyAt?: TextRange
}

const NAME_START: PinyinOptions = { atStart: true }

const FULL_SYLLABLES: PinyinOptions = { fullOnly: true }

function titleMatch(entry: IndexEntry, { text, pinyinable, syllables }: Variant): TermMatch | undefined {
  const { titleNorm, coreStart, coreEnd } = entry
  const at = titleNorm.indexOf(text)
  if (at >= 0) {
    const range: TextRange = [at, at + text.length]
    if (titleNorm === text || (at === coreStart && coreEnd - coreStart === text.length))
      return { score: SCORE.titleExact, about: true, titleRange: range }
    // A single character at the start of a title says little more than one in the middle.
    const prefixAt = text.length > 1 && at !== coreStart ? titleNorm.indexOf(text, coreStart) : at
    if (text.length > 1 && prefixAt === coreStart)
      return {
        score: SCORE.titlePrefix + coverage(entry, text.length),
        about: true,
        titleRange: [prefixAt, prefixAt + text.length],
      }
    return { score: SCORE.titleSubstring + coverage(entry, text.length), about: true, titleRange: range }
  }
  if (!pinyinable) return undefined
  const pinyin = pinyinOf(entry)
  if (!mayMatchPinyin(pinyin.titleMask, text)) return undefined
  // Initials only where a word begins (dibao must not find 土地保护); whole syllables anywhere.
  const pm =
    (mayMatchPinyin(pinyin.titleMask, text, true) ? matchPinyin(titleNorm, text, pinyin.title) : undefined) ??
    (syllables ? matchPinyin(titleNorm, text, FULL_SYLLABLES) : undefined)
  if (!pm) return undefined
  return {
    score: SCORE.titlePinyin + coverage(entry, pm.end - pm.start),
    about: true,
    titleRange: [pm.start, pm.end],
  }
}

function nameMatch(entry: IndexEntry, text: string, pinyinable: boolean): number {
  let best = 0
  for (let i = 0; i < entry.namesNorm.length; i += 1) {
    const name = entry.namesNorm[i]!
    let score = 0
    if (name === text) score = SCORE.nameExact
    else if (name.includes(text)) score = SCORE.namePart
    else if (
      pinyinable &&
      mayMatchPinyin(pinyinOf(entry).nameMasks[i]!, text, true) &&
      matchPinyin(name, text, NAME_START)
    )
      score = SCORE.namePinyin
    if (score > best) best = score
  }
  return best
}

export function matchTerm(entry: IndexEntry, term: readonly Variant[]): TermMatch | undefined {
  let best: TermMatch | undefined
  for (const variant of term) {
    const { text, synonym, pinyinable, chars } = variant
    // Most records lack one of the characters: skip them without reading their text (pinyin aside). Before the
    // filter is made (the first search) every record is read, which finds the same.
    const literal = !entry.chars || hasChars(entry.chars, chars)
    if (!literal && !pinyinable) continue
    const penalty = synonym ? SCORE.synonymPenalty : 0
    let m = titleMatch(entry, variant)
    const inName = entry.namesNorm.length > 0 ? nameMatch(entry, text, pinyinable) : 0
    if (m && inName > 0) m.score = Math.max(m.score, inName) + SCORE.titleAndName
    else if (inName > 0) m = { score: inName, about: true }
    if (!m && (best?.score ?? 0) < SCORE.tagExact && entry.tagsNorm.length > 0) {
      if (entry.tagsNorm.includes(text)) m = { score: SCORE.tagExact, about: true }
      else if (entry.tagsNorm.some((t) => t.includes(text))) m = { score: SCORE.tagPart, about: false }
    }
    if (!m && !best && literal) {
      const bodyAt = bodyFor(entry, text).indexOf(text)
      if (bodyAt >= 0) m = { score: SCORE.body, about: false, bodyAt: [bodyAt, bodyAt + text.length] }
    }
    if (m && m.score - penalty > (best?.score ?? -1)) {
      m.score -= penalty
      best = m
    }
  }
  return best
}

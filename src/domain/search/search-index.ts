import type { ContentPack, Domain } from '@/content/schema'
import { attractionSearchDoc } from '../attractions'
import { eventSearchDoc } from '../events'
import { jobSearchDoc } from '../jobs'
import { livelihoodSearchDoc } from '../livelihood'
import { letterMask, type LetterMask, type PinyinOptions } from '../pinyin'
import { policySearchDoc } from '../policies'
import type { SearchDoc } from './document'
import type { Vocabulary } from './question'
import { isHan, normalizeText } from './query'

export interface IndexEntry {
  domain: Domain
  id: string
  title: string
  titleNorm: string
  /** The part of the title that names the thing: without 双阳, a year, or a trailing （…） label. */
  coreStart: number
  coreEnd: number
  /** What a policy is also called (低保 ↔ 最低生活保障). */
  namesNorm: string[]
  /** Categories and tags. */
  tagsNorm: string[]
  /** Everything else searchable, one field per line (no field holds a newline). */
  body: string
  /** The body normalised, made when a word that needs it is first looked for (bodyFor). */
  bodyNorm?: string
  subtitle: string
  order: number
  sample: boolean
  /** When the record closes, in ms (an expired post, an ended once-only event); undefined: it does not. */
  closesAt?: number
  /** How the title and names are typed in pinyin: made on the first pinyin query (pinyinOf). */
  pinyin?: EntryPinyin
  /** Which characters occur anywhere in the record, hashed into FILTER_BITS bits: made on first use (charsOf). */
  chars?: Uint32Array
}

export interface EntryPinyin {
  /** Letters the title and names can be typed with, to skip most entries before pinyin matching. */
  titleMask: LetterMask
  nameMasks: LetterMask[]
  title: PinyinOptions
}

export interface SearchIndex {
  entries: IndexEntry[]
  /** How titles and names sound; built on the first 你是不是要找…. */
  sounds?: SoundIndex
  /** What records are called, in pieces; built in idle moments after the first search (question.ts). */
  vocabulary?: Vocabulary
  /**
   * Per bit of the character filter, which entries have it (FILTER_BITS rows of one bit per entry). Built after the
   * first search, in idle time (filterRows): until then a search reads every entry, which finds the same records.
   */
  byBit?: Uint32Array
}

/** The readings of each UTF-16 unit of a text (undefined: not a character pinyin knows). */
export type TextReadings = ReadonlyArray<readonly string[] | undefined>

export interface SoundIndex {
  /** Reading → entries whose title or names hold a character read that way. */
  byReading: Map<string, number[]>
  /** Per entry: its title's readings, then each of its names'. */
  readings: Array<{ title: TextReadings; names: TextReadings[] }>
}

/** The naming part of a title: 双阳梅花鹿节 → 梅花鹿节, 2026 双阳冬季冰钓大赛 → 冬季冰钓大赛, 护林员（公益岗位） → 护林员. */
function titleCore(titleNorm: string): [number, number] {
  let start = 0
  const year = /^\d{4}\s*/.exec(titleNorm)
  if (year) start = year[0].length
  if (titleNorm.startsWith('双阳区', start)) start += 3
  else if (titleNorm.startsWith('双阳', start) && titleNorm.length - start > 3) start += 2
  let end = titleNorm.length
  const label = /[（(][^（）()]*[）)]$/.exec(titleNorm)
  if (label && label.index > start) end = label.index
  const colon = titleNorm.indexOf('：', start)
  if (colon > start) end = Math.min(end, colon)
  return [start, end]
}

function wordStarts(textNorm: string, extra: number): Uint8Array {
  const starts = new Uint8Array(textNorm.length)
  for (let i = 0; i < textNorm.length; i += 1) {
    if (i === 0 || i === extra || !isHan(textNorm.charAt(i - 1)) || textNorm.charAt(i - 1) === '双') starts[i] = 1
  }
  return starts
}

const FILTER_WORDS = 32

/** A 1024-bit set of the characters in a text (hashed): says for sure when a character is absent. */
function charFilter(text: string): Uint32Array {
  const bits = new Uint32Array(FILTER_WORDS)
  for (let i = 0; i < text.length; i += 1) {
    const h = Math.imul(text.charCodeAt(i), 0x9e3779b1) >>> 22
    bits[h >>> 5]! |= 1 << (h & 31)
  }
  return bits
}

/**
 * What a text needs of a record's character filter: (word, bits) pairs of its filter's non-empty words, so a
 * check reads the two or three words a short query touches instead of all 32 (search checks every record).
 */
export type CharNeed = readonly number[]

export function charNeed(text: string): CharNeed {
  const bits = charFilter(text)
  const need: number[] = []
  for (let w = 0; w < FILTER_WORDS; w += 1) if (bits[w] !== 0) need.push(w, bits[w]!)
  return need
}

/** Whether a record's filter may hold every character of the text the need was made of (false: it surely does not). */
export function hasChars(entry: Uint32Array, need: CharNeed): boolean {
  for (let i = 0; i < need.length; i += 2) {
    const bits = need[i + 1]!
    if ((entry[need[i]!]! & bits) >>> 0 !== bits) return false
  }
  return true
}

const FILTER_BITS = FILTER_WORDS * 32

function bitRows(entries: readonly IndexEntry[]): Uint32Array {
  const width = (entries.length + 31) >>> 5
  const rows = new Uint32Array(FILTER_BITS * width)
  entries.forEach((entry, i) => {
    for (let w = 0; w < FILTER_WORDS; w += 1) {
      let bits = charsOf(entry)[w]!
      while (bits !== 0) {
        const low = bits & -bits
        rows[(w * 32 + 31 - Math.clz32(low)) * width + (i >>> 5)]! |= 1 << (i & 31)
        bits ^= low
      }
    }
  })
  return rows
}

/**
 * The entries whose filter holds every bit of a need (those hasChars lets through), one bit per entry: from the
 * filter's rows, so a query word is not checked against every record in turn (at ten times today's content that
 * check was the largest part of a search).
 */
export function entriesWith(index: Required<Pick<SearchIndex, 'entries' | 'byBit'>>, need: CharNeed): Uint32Array {
  const rows = index.byBit
  const width = (index.entries.length + 31) >>> 5
  const out = new Uint32Array(width).fill(0xffffffff)
  for (let i = 0; i < need.length; i += 2) {
    let bits = need[i + 1]!
    while (bits !== 0) {
      const low = bits & -bits
      const row = (need[i]! * 32 + 31 - Math.clz32(low)) * width
      for (let k = 0; k < width; k += 1) out[k]! &= rows[row + k]!
      bits ^= low
    }
  }
  return out
}

const NAME_FIRST = Uint8Array.of(1)

/** No names, no tags (most records): one array for all of them, never changed. */
const NONE: string[] = []

/**
 * The index's entries: only what every search reads. What speeds up later searches (the character filter, the
 * pinyin of titles) is made on first use or in idle time, so the first search after the documents arrive, which
 * the person is waiting for, does not wait for it.
 */
function indexEntries(docs: readonly SearchDoc[]): IndexEntry[] {
  const entries: IndexEntry[] = []
  for (const { domain, id, title, names, tags, body, subtitle, sample, closesAt } of docs) {
    const titleNorm = normalizeText(title)
    const [coreStart, coreEnd] = titleCore(titleNorm)
    entries.push({
      domain,
      id,
      title,
      titleNorm,
      coreStart,
      coreEnd,
      namesNorm: names ? names.map(normalizeText) : NONE,
      tagsNorm: tags ? tags.map(normalizeText) : NONE,
      body,
      subtitle,
      order: entries.length,
      sample: sample === true,
      closesAt: closesAt === undefined ? undefined : Date.parse(closesAt),
    })
  }
  return entries
}

/** An entry's character filter, made on first use. */
export function charsOf(entry: IndexEntry): Uint32Array {
  entry.chars ??= charFilter(
    `${entry.titleNorm}${entry.namesNorm.join('')}${entry.tagsNorm.join('')}${normalizeText(entry.body)}`,
  )
  return entry.chars
}

/** Characters normalizeText may turn another character into (it maps A–Z, full-width forms and 　 onto these). */
const NORMALISED_TO = /[\x20-\x7e]/

/**
 * The record's text to look for a normalised word in. Normalising changes a character only into one of
 * NORMALISED_TO, so a word without those is found at the same places in the text as it is: the first search
 * reads every record's text without normalising any.
 */
export function bodyFor(entry: IndexEntry, word: string): string {
  if (!NORMALISED_TO.test(word)) return entry.body
  entry.bodyNorm ??= normalizeText(entry.body)
  return entry.bodyNorm
}

/** How an entry's title and names are typed, made on the first pinyin query that reads it. */
export function pinyinOf(entry: IndexEntry): EntryPinyin {
  if (!entry.pinyin) {
    const title = { starts: wordStarts(entry.titleNorm, entry.coreStart) }
    entry.pinyin = {
      title,
      titleMask: letterMask(entry.titleNorm, title.starts),
      nameMasks: entry.namesNorm.map((n) => letterMask(n, NAME_FIRST)),
    }
  }
  return entry.pinyin
}

/** Builds the character filter's rows (once every entry has its filter), so searches skip most entries. */
export function filterRows(index: SearchIndex): void {
  if (!index.byBit) index.byBit = bitRows(index.entries)
}

/** The search documents of a whole pack, in the app's domain order. */
export function searchDocs(pack: ContentPack): SearchDoc[] {
  return [
    ...(pack.livelihood ?? []).map(livelihoodSearchDoc),
    ...(pack.jobs ?? []).map((j) => jobSearchDoc(j, pack)),
    ...(pack.events ?? []).map((e) => eventSearchDoc(e, pack)),
    ...(pack.attractions ?? []).map((a) => attractionSearchDoc(a, pack)),
    ...(pack.policies ?? []).map(policySearchDoc),
  ]
}

/** What is searched: a whole pack, or its search documents. */
export type SearchSource = ContentPack | readonly SearchDoc[]

const indexes = new WeakMap<object, SearchIndex>()

/**
 * The index of a pack or of its documents, built on first use and kept while
 * they are in use (a new pack gets a new index).
 */
export function searchIndex(source: SearchSource): SearchIndex {
  let index = indexes.get(source)
  if (!index) {
    index = { entries: indexEntries(isDocs(source) ? source : searchDocs(source)) }
    indexes.set(source, index)
  }
  return index
}

function isDocs(source: SearchSource): source is readonly SearchDoc[] {
  return Array.isArray(source)
}

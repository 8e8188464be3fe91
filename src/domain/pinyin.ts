import { PINYIN_BASE, PINYIN_DATA } from './pinyin-data'

let table: Map<string, string[]> | undefined

/** Character → readings (no tones, ü as v), parsed from the generated data on first use. */
function pinyinTable(): Map<string, string[]> {
  if (table) return table
  const map = new Map<string, string[]>()
  let reading = ''
  let readingDone = true
  let i = 0
  while (i < PINYIN_DATA.length) {
    const code = PINYIN_DATA.charCodeAt(i)
    if (code >= 97 && code <= 122) {
      reading = readingDone ? PINYIN_DATA.charAt(i) : reading + PINYIN_DATA.charAt(i)
      readingDone = false
      i += 1
      continue
    }
    readingDone = true
    const ch = String.fromCharCode(PINYIN_BASE + parseInt(PINYIN_DATA.slice(i, i + 3), 36))
    i += 3
    const list = map.get(ch)
    if (list) list.push(reading)
    else map.set(ch, [reading])
  }
  table = map
  return map
}

/** Readings of one character, or undefined when it is not a known Chinese character. */
export function readingsOf(ch: string): readonly string[] | undefined {
  return pinyinTable().get(ch)
}

interface CharParts {
  /** What typing this character may look like: each reading and its initials (zh/ch/sh too). */
  parts: string[]
  readings: readonly string[]
}

const partsCache = new Map<string, CharParts | null>()

function charParts(ch: string): CharParts | null {
  const cached = partsCache.get(ch)
  if (cached !== undefined) return cached
  const readings = readingsOf(ch)
  let value: CharParts | null = null
  if (readings) {
    const parts: string[] = []
    for (const reading of readings) {
      for (const part of [reading, reading.charAt(0), reading.slice(0, 2)]) {
        const isInitial = part.length === 1 || part === 'zh' || part === 'ch' || part === 'sh' || part === reading
        if (isInitial && !parts.includes(part)) parts.push(part)
      }
    }
    value = { parts, readings }
  }
  partsCache.set(ch, value)
  return value
}

/** Letters match if equal; people type u for ü (lv / lu for 绿). */
function sameLetters(query: string, at: number, part: string, length: number): boolean {
  if (at + length > query.length) return false
  for (let k = 0; k < length; k += 1) {
    const q = query.charCodeAt(at + k)
    const p = part.charCodeAt(k)
    if (q !== p && !(p === 118 && q === 117)) return false
  }
  return true
}

export interface PinyinMatch {
  /** Character range in the text, [start, end). */
  start: number
  end: number
}

export interface PinyinOptions {
  /** Where a match may begin: 1 at each allowed index (default: anywhere). Keeps initials from matching across two words. */
  starts?: Uint8Array
  /** Only at the very start of the text. */
  atStart?: boolean
  /** Only whole readings (the last may be cut short), no initials: 'shouyin', not 'sy'. */
  fullOnly?: boolean
}

// Work arrays reused across calls: a query is at most 64 units.
let starts = new Int32Array(65)
let next = new Int32Array(65)

/**
 * Finds `query` (lower-case letters, digits, Chinese characters, mixed) in
 * `text` by pinyin: each character of the text may be typed as its full
 * reading or its initial (zh/ch/sh included), the last one also as any start
 * of its reading, and a Chinese character or other letter stands for itself.
 * So `mhlj`, `meihualujie`, `meihual`, `梅花lj` all find 梅花鹿节.
 * Returns the match that ends first. Both strings must already be normalised
 * (lower-case, half-width).
 */
export function matchPinyin(text: string, query: string, options: PinyinOptions = {}): PinyinMatch | undefined {
  const m = query.length
  if (m === 0 || m > 64) return undefined
  const { starts: allowed, atStart = false, fullOnly = false } = options
  // starts[q]: earliest text index where a partial match that has consumed q query units began; -1 = none.
  starts.fill(-1, 0, m + 1)
  // The highest q with a partial match: the rest of `starts` is empty, no need to look.
  let high = 0
  for (let i = 0; i < text.length; i += 1) {
    starts[0] = atStart ? (i === 0 ? 0 : -1) : !allowed || allowed[i] === 1 ? i : -1
    if (high === 0 && starts[0] < 0) continue
    next.fill(-1, 0, m + 1)
    let nextHigh = 0
    const ch = text.charAt(i)
    const info = charParts(ch)
    let done = -1
    for (let q = 0; q <= high && q < m; q += 1) {
      const from = starts[q]!
      if (from < 0) continue
      // Each way of typing this character that fits the query at q moves the match on.
      if (query.charAt(q) === ch) {
        if (q + 1 === m) done = done < 0 ? from : Math.min(done, from)
        else if (next[q + 1]! < 0 || from < next[q + 1]!) {
          next[q + 1] = from
          if (q + 1 > nextHigh) nextHigh = q + 1
        }
      }
      if (!info) continue
      for (const part of fullOnly ? info.readings : info.parts) {
        if (!sameLetters(query, q, part, part.length)) continue
        const to = q + part.length
        if (to === m) done = done < 0 ? from : Math.min(done, from)
        else if (next[to]! < 0 || from < next[to]!) {
          next[to] = from
          if (to > nextHigh) nextHigh = to
        }
      }
      const rest = m - q
      for (const reading of info.readings) {
        if (rest < reading.length && sameLetters(query, q, reading, rest)) done = done < 0 ? from : Math.min(done, from)
      }
    }
    if (done >= 0) return { start: done, end: i + 1 }
    const swap = starts
    starts = next
    next = swap
    high = nextHigh
  }
  return undefined
}

/** Letters a text can be typed with, as bitmasks (bit 0 = a), to skip texts that cannot match. */
export interface LetterMask {
  /** Letters any of its characters can start with. */
  initials: number
  /** Letters the characters where a match may begin can start with. */
  lead: number
  /** Every letter in any reading, and the Latin letters in the text. */
  letters: number
}

const bit = (code: number) => (code >= 97 && code <= 122 ? 1 << (code - 97) : 0)
const V_BIT = bit(118)
const U_BIT = bit(117)

/** `starts` as in PinyinOptions: where a match may begin (default anywhere). */
export function letterMask(text: string, allowed?: Uint8Array): LetterMask {
  let initials = 0
  let lead = 0
  let letters = 0
  for (let i = 0; i < text.length; i += 1) {
    const ch = text.charAt(i)
    const b = bit(ch.charCodeAt(0))
    let first = b
    letters |= b
    const info = charParts(ch)
    if (info) {
      for (const reading of info.readings) {
        first |= bit(reading.charCodeAt(0))
        for (let k = 0; k < reading.length; k += 1) letters |= bit(reading.charCodeAt(k))
      }
    }
    initials |= first
    if (!allowed || allowed[i] === 1) lead |= first
  }
  if (letters & V_BIT) letters |= U_BIT
  return { initials, lead, letters }
}

/** A cheap test that rules out most texts before matchPinyin. */
export function mayMatchPinyin(text: LetterMask, query: string, anchored = false): boolean {
  const first = bit(query.charCodeAt(0))
  if (first !== 0 && ((anchored ? text.lead : text.initials) & first) === 0) return false
  let letters = 0
  for (let i = 0; i < query.length; i += 1) letters |= bit(query.charCodeAt(i))
  return (letters & ~text.letters) === 0
}

let syllables: Set<string> | undefined

/** Whether letters split into whole pinyin syllables (the last may be cut short): 'chache', 'shouyi', not 'gljt'. */
export function isSyllables(letters: string): boolean {
  if (!/^[a-z]+$/.test(letters)) return false
  if (!syllables) {
    syllables = new Set()
    for (const list of pinyinTable().values()) for (const r of list) syllables.add(r)
  }
  const set = syllables
  const prefixOf = (rest: string) => {
    for (const r of set) if (r.startsWith(rest)) return true
    return false
  }
  const ok = new Uint8Array(letters.length + 1)
  ok[0] = 1
  for (let i = 0; i < letters.length; i += 1) {
    if (!ok[i]) continue
    for (let len = 1; len <= 6 && i + len <= letters.length; len += 1) {
      if (set.has(letters.slice(i, i + len))) ok[i + len] = 1
    }
    if (prefixOf(letters.slice(i))) return true
  }
  return ok[letters.length] === 1
}

/** Whether a string has Latin letters worth matching as pinyin. */
export function hasLatin(text: string): boolean {
  return /[a-z]/.test(text)
}

/** Whether two characters can be read the same (路 and 鹿 are both lu), tones ignored. */
export function sharesReading(a: string, b: string): boolean {
  const ra = readingsOf(a)
  const rb = readingsOf(b)
  if (!ra || !rb) return false
  return ra.some((r) => rb.includes(r))
}

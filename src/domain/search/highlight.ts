import { normalizeText } from './query'
import type { IndexEntry } from './search-index'

/** [start, end) of a match inside a piece of text. */
export type TextRange = readonly [number, number]

const SNIPPET_BEFORE = 10

const SNIPPET_LENGTH = 48

/** Every occurrence of the words in a piece of normalised text, merged. */
export function rangesIn(textNorm: string, words: readonly string[]): TextRange[] {
  const found: Array<[number, number]> = []
  for (const word of words) {
    let from = 0
    while (from <= textNorm.length) {
      const at = textNorm.indexOf(word, from)
      if (at < 0) break
      found.push([at, at + word.length])
      from = at + word.length
    }
  }
  return mergeRanges(found)
}

export function mergeRanges(ranges: ReadonlyArray<TextRange>): TextRange[] {
  // Most hits mark one place: nothing to sort or merge (search makes these for every hit).
  if (ranges.length === 0) return []
  if (ranges.length === 1) {
    const [a, b] = ranges[0]!
    return b > a ? [[a, b]] : []
  }
  const sorted = [...ranges].filter(([a, b]) => b > a).sort((x, y) => x[0] - y[0] || x[1] - y[1])
  const out: Array<[number, number]> = []
  for (const [a, b] of sorted) {
    const last = out[out.length - 1]
    if (last && a <= last[1]) last[1] = Math.max(last[1], b)
    else out.push([a, b])
  }
  return out
}

export function snippetAround(
  entry: IndexEntry,
  at: TextRange,
  words: readonly string[],
): { snippet: string; ranges: TextRange[] } {
  const lineStart = entry.body.lastIndexOf('\n', at[0] - 1) + 1
  const lineEndRaw = entry.body.indexOf('\n', at[1])
  const lineEnd = lineEndRaw < 0 ? entry.body.length : lineEndRaw
  const start = Math.max(lineStart, at[0] - SNIPPET_BEFORE)
  const end = Math.min(lineEnd, Math.max(at[1], start + SNIPPET_LENGTH))
  const lead = start > lineStart ? '…' : ''
  const tail = end < lineEnd ? '…' : ''
  const snippet = lead + entry.body.slice(start, end) + tail
  const shift = lead.length - start
  // Normalising keeps positions (one unit for one), so a piece of the text normalises as it would in place.
  const local = normalizeText(entry.body.slice(start, end))
  const ranges = rangesIn(local, words).map(([a, b]) => [a + start + shift, b + start + shift] as const)
  return { snippet, ranges: ranges.length > 0 ? ranges : [[at[0] + shift, at[1] + shift]] }
}

export interface TextPart {
  text: string
  hit: boolean
}

/** Splits text into plain and highlighted parts; out-of-range or overlapping ranges are clamped and merged. */
export function highlightParts(text: string, ranges: ReadonlyArray<TextRange>): TextPart[] {
  const parts: TextPart[] = []
  let pos = 0
  for (const [a0, b0] of mergeRanges(ranges)) {
    const a = Math.max(pos, Math.min(a0, text.length))
    const b = Math.min(b0, text.length)
    if (b <= a) continue
    if (a > pos) parts.push({ text: text.slice(pos, a), hit: false })
    parts.push({ text: text.slice(a, b), hit: true })
    pos = b
  }
  if (pos < text.length) parts.push({ text: text.slice(pos), hit: false })
  return parts
}

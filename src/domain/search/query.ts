import { ELDER_MODE_WORDS } from './words'

export const MAX_QUERY = 64

const MAX_TERMS = 8

const NEEDS_NORMALIZING = /[A-Z\uff01-\uff5e\u3000]/

/**
 * Lower-case, full-width letters/digits/space to half-width. One UTF-16 unit
 * in, one out, so positions in the normalised text are positions in the original.
 */
export function normalizeText(text: string): string {
  // Most text has nothing to change (read at once for every record when search first runs).
  if (!NEEDS_NORMALIZING.test(text)) return text
  let out = ''
  for (let i = 0; i < text.length; i += 1) {
    let code = text.charCodeAt(i)
    if (code >= 0xff01 && code <= 0xff5e) code -= 0xfee0
    else if (code === 0x3000) code = 0x20
    if (code >= 65 && code <= 90) code += 32
    out += String.fromCharCode(code)
  }
  return out
}

export const SEPARATORS = /[\s,，、;；。.!！?？:："“”'‘’()（）[\]【】《》<>|/\\·•~～+*=_-]+/

/** Bidi controls and other invisible format characters: never searched, never echoed. */
const INVISIBLE = /[\u0000-\u001f\u007f\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g

/** A query as the app keeps it: invisible and direction-changing characters removed, trimmed, at most 64 units. */
export function cleanQuery(query: unknown): string {
  if (typeof query !== 'string') return ''
  let q = query
    .slice(0, MAX_QUERY * 4)
    .replace(INVISIBLE, '')
    .trim()
    .slice(0, MAX_QUERY)
  // Never cut a character in half.
  if (/[\ud800-\udbff]$/.test(q)) q = q.slice(0, -1)
  return q.trim()
}

/** Text from a query set apart, so its direction cannot reorder the words around it (“…” 有关的内容). */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`
}

/** The words of a query: normalised, split at spaces and punctuation, capped in length and number. */
export function queryTerms(query: string): string[] {
  const terms = normalizeText(String(query).slice(0, MAX_QUERY))
    .split(SEPARATORS)
    .filter((t) => t.length > 0)
  return Array.from(new Set(terms)).slice(0, MAX_TERMS)
}

export function wantsElderMode(query: string): boolean {
  const q = normalizeText(String(query))
  return ELDER_MODE_WORDS.some((w) => q.includes(w))
}

export const isHan = (ch: string | undefined) => ch !== undefined && ch >= '\u3400' && ch <= '\u9fff'

import { ELDER_MODE_WORDS } from './words'

export const MAX_QUERY = 64

const MAX_TERMS = 8

/** What normalizeText changes: A–Z, full-width ！ to ～ (letters, digits, punctuation), the ideographic space. */
const TO_NORMALIZE = /[A-Z\uff01-\uff5e\u3000]/g

const normalChar = (ch: string): string => {
  let code = ch.charCodeAt(0)
  if (code >= 0xff01 && code <= 0xff5e) code -= 0xfee0
  else if (code === 0x3000) code = 0x20
  if (code >= 65 && code <= 90) code += 32
  return String.fromCharCode(code)
}

/**
 * Lower-case, full-width letters/digits/space to half-width. One UTF-16 unit
 * in, one out, so positions in the normalised text are positions in the original.
 */
export function normalizeText(text: string): string {
  // By the regular expression engine: search reads every record's text this way when it first runs.
  return text.replace(TO_NORMALIZE, normalChar)
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

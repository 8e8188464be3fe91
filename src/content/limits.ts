/*
 * How long, how many, how big: the one table the checker (content:check, the studio), the app's decision on a
 * pack from the content URL (the same code, content/validate.ts) and the schemas of what the app keeps on the
 * device all read, so what one accepts the other keeps. Plain values and predicates only (no valibot), so any
 * layer may import it. Each limit is far above today's content and far below what makes a page slow or a
 * number absurd; docs/content-limits.md gives the reasons.
 */

/** A record id: lower-case kebab-case, at most this many characters (it travels in every detail link). */
export const ID_MAX_LENGTH = 64
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** Whether a text is a record id the checker accepts. */
export function isRecordId(text: string): boolean {
  return text.length <= ID_MAX_LENGTH && ID_PATTERN.test(text)
}

/** Free text, counted in characters as people see them (code points, not UTF-16 units). */
export const TEXT_LIMITS = { title: 60, short: 200, paragraph: 1000 } as const

/**
 * Entries of any list inside a record (duties, highlights, steps, milestones …): today's longest has 11
 * (a policy's keywords); a detail page renders every entry, so 10,000 of them froze it for 16–20 s.
 */
export const LIST_LIMITS: { default: number } & Partial<Record<string, number>> = {
  default: 20,
  keywords: 30,
  sampleFields: 40,
}

/** The most entries a list under `key` may have. */
export function listLimit(key: string): number {
  return LIST_LIMITS[key] ?? LIST_LIMITS.default
}

/** Records of one collection in a pack (today's largest has 47; ten times today fits). */
export const MAX_RECORDS = 2000

/** A pack's version: a positive integer, raised by each publication, far below where numbers stop being exact. */
export const MAX_PACK_VERSION = 1_000_000_000
export const VERSION_RANGE = `version 应为 1 到 ${MAX_PACK_VERSION} 之间的整数`

/** People one job post hires. */
export const MAX_HEADCOUNT = 9999
/** Pay in yuan, per the post's unit (month, day or hour). */
export const MAX_PAY = 1_000_000

/** Years any date of a pack may fall in: a 9999 deadline is a typo, not a plan. */
export const DATE_YEARS = { min: 2000, max: 2099 } as const
/** A job post is open at most this many days after it was posted. */
export const MAX_POST_OPEN_DAYS = 366

/** Whether a YYYY-MM-DD… text's year is within DATE_YEARS (a text of another shape is the pattern's to report). */
export function isWithinDateYears(text: string): boolean {
  if (!/^\d{4}-/.test(text)) return true
  const year = Number(text.slice(0, 4))
  return year >= DATE_YEARS.min && year <= DATE_YEARS.max
}

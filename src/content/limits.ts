/*
 * How long, how many, how big: the one table the checker (content:check, the studio), the app's decision on a
 * pack from the content URL (the same schema) and the schemas of what the app keeps on the device all read, so
 * what one accepts the other keeps. Plain values and predicates only (no valibot), so any layer may import it.
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

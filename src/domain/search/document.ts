import type { Domain } from '@/content/schema'

/**
 * What search reads of one record: its title, the names and tags it is also
 * known by, its text as one string, and the line shown under it. Each domain
 * module makes its own records' documents; the app ships the embedded content's
 * documents ready-made (src/content/digest/), so the search page needs no whole records.
 */
export interface SearchDoc {
  domain: Domain
  id: string
  title: string
  names?: string[]
  tags?: string[]
  body: string
  subtitle: string
  /** A sample record: its hit carries the 示例 mark, and a real record that matches as well comes first. */
  sample?: true
  /** When an expired post or a once-only event closes (ISO instant): after it, an open record that matches as well comes first. */
  closesAt?: string
}

/** A document with the names and tags left out when there are none (the digest stays small). */
export function searchDoc(doc: {
  domain: Domain
  id: string
  title: string
  names?: readonly string[]
  tags?: readonly string[]
  body: string
  subtitle: string
  sample?: boolean
  closesAt?: string
}): SearchDoc {
  const { domain, id, title, names = [], tags = [], body, subtitle, sample, closesAt } = doc
  const out: SearchDoc = { domain, id, title, body, subtitle }
  if (names.length > 0) out.names = [...names]
  if (tags.length > 0) out.tags = [...tags]
  if (sample) out.sample = true
  if (closesAt) out.closesAt = closesAt
  return out
}

/** A record's searchable text: one field per line, each field on one line. */
export function searchText(values: ReadonlyArray<string | undefined>): string {
  return values
    .filter((v): v is string => typeof v === 'string' && v.length > 0)
    .map((v) => v.replace(/\s*\n\s*/g, ' '))
    .join('\n')
}

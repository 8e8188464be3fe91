import { pinyin } from 'pinyin-pro'

/*
 * Ids are proposed, never typed: the title in pinyin (梅花鹿节 → meihualujie), unique in its collection.
 * pinyin-pro reads a character in its word (小区 → xiaoqu, not the surname reading ou), which a per-character
 * table cannot.
 * A published record keeps its id for good: links, QR codes and residents' favourites point at it.
 */

const MAX_SYLLABLES = 10

/** The id a title suggests, not yet taken by another record of the collection. */
export function proposeId(title: string, taken: ReadonlySet<string>): string {
  const runs: string[] = []
  let current = ''
  let kind: 'han' | 'latin' | undefined
  let syllables = 0
  const add = (text: string, of: 'han' | 'latin') => {
    // Chinese and Latin runs are kept apart: 153中学 → 153-zhongxue.
    if (kind !== of && current) runs.push(current)
    if (kind !== of) current = ''
    current += text
    kind = of
  }
  for (const { origin, pinyin: reading, isZh } of pinyin(title.toLowerCase(), {
    toneType: 'none',
    type: 'all',
    v: true,
  })) {
    if (syllables >= MAX_SYLLABLES) break
    if (isZh && reading) {
      add(reading.replace(/v/g, 'u'), 'han')
      syllables++
    } else if (/^[a-z0-9]$/.test(origin)) add(origin, 'latin')
    else {
      if (current) runs.push(current)
      current = ''
      kind = undefined
    }
  }
  if (current) runs.push(current)
  const base = runs.join('-') || 'record'
  if (!taken.has(base)) return base
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`
}

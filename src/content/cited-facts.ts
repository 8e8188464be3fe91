import { fieldLabel, type Collection } from './labels'
import type { Problem } from './problem'
import { each, isRecord } from './walk'

/** 奢岭街道 → 奢岭, 双营子回族乡 → 双营子: how people (and sample names) shorten a town's name. */
export function shortTownName(name: string): string {
  return name.replace(/(回族乡|街道|镇|乡)$/, '') || name
}

export function townsOf(input: Record<string, unknown>): Map<string, string> {
  const towns = new Map<string, string>()
  each(input, 'towns', (t) => {
    if (typeof t.id === 'string' && typeof t.name === 'string') towns.set(t.id, t.name)
  })
  return towns
}

/**
 * A real place keeps no position from us: a cited attraction or event carries no coordinates, and a town or
 * an address only where its quote says it (李家村's quote names 齐家镇). The page then offers no map pin
 * and says 具体位置以现场公布为准.
 */
export function placeProblems(input: Record<string, unknown>): Problem[] {
  const problems: Problem[] = []
  const towns = townsOf(input)
  for (const collection of ['attractions', 'events'] as const) {
    each(input, collection, (record, at) => {
      const source = isRecord(record.source) ? record.source : {}
      if (source.kind !== 'cited' || typeof source.quote !== 'string') return
      const quote = source.quote
      if (record.location !== undefined)
        problems.push({
          where: at,
          field: 'location',
          message: '原文没有给出位置：真实地点不能写我们编的坐标（页面会写“具体位置以现场公布为准”）',
        })
      const town = typeof record.townId === 'string' ? towns.get(record.townId) : undefined
      if (town && !quote.includes(town) && !quote.includes(shortTownName(town)))
        problems.push({ where: at, field: 'townId', message: `原文没有写它在「${town}」：真实地点不能写我们猜的镇街` })
      const address = typeof record.address === 'string' ? record.address.replace(/^双阳区/, '') : ''
      if (address && !quote.includes(address))
        problems.push({ where: at, field: 'address', message: '原文没有写这个地址：真实地点不能写我们编的地址' })
    })
  }
  return problems
}

/** What we never know of a real place or festival from the summary: left to its own notice unless marked sample. */
const NOT_IN_A_QUOTE: Partial<Record<Collection, Record<string, readonly string[]>>> = {
  // field: the words that say "not ours to tell" (allowed without a sample mark); [] = must be absent.
  attractions: { price: ['以现场公布为准'], hours: [], hoursNote: [], phone: [] },
  events: { price: ['以当年公布为准', '以现场公布为准'], highlights: [], schedule: [] },
}

/**
 * A cited record shows as fact only what its quote says: a price, hours or a programme the quote does not give
 * is either left to the place's own notice or named in sampleFields (the app marks it 示例). A cited key figure's
 * number is the quote's own.
 */
export function citedFactProblems(input: Record<string, unknown>): Problem[] {
  const problems: Problem[] = []
  for (const [collection, fields] of Object.entries(NOT_IN_A_QUOTE) as Array<
    [Collection, Record<string, readonly string[]>]
  >) {
    each(input, collection, (record, at) => {
      const source = isRecord(record.source) ? record.source : {}
      if (source.kind !== 'cited') return
      const sample = Array.isArray(source.sampleFields) ? source.sampleFields : []
      for (const [field, allowed] of Object.entries(fields)) {
        const value = record[field]
        if (value === undefined || sample.includes(field)) continue
        if (typeof value === 'string' && allowed.includes(value)) continue
        // No highlights or programme is no claim; no hours is one (全天开放).
        if (Array.isArray(value) && value.length === 0 && field !== 'hours') continue
        const label = fieldLabel(collection, field) ?? field
        const instead = allowed.length > 0 ? `写“${allowed[0]}”，` : '不填，'
        problems.push({
          where: at,
          field,
          message: `引文没有写${label}：真实的地方和活动，${instead}或者把它标为示例字段（页面会标“示例”）`,
        })
      }
    })
  }
  each(input, 'figures', (record, at) => {
    const source = isRecord(record.source) ? record.source : {}
    if (source.kind !== 'cited' || typeof source.quote !== 'string' || typeof record.value !== 'string') return
    if (!source.quote.includes(record.value))
      problems.push({
        where: at,
        field: 'value',
        message: `引文里没有「${record.value}」：引用的数字要和原文一致；新的数字要换成发布单位发布的来源`,
      })
  })
  return problems
}

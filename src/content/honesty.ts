import { fieldLabel, type Collection } from './labels'
import { FICTIONAL_PHONE_PATTERN, REAL_NAME_DENY_LIST } from './vocabulary'
import type { Problem } from './problem'

/*
 * Rules that span records and keep the demo honest: sample data only in a demo pack, sample fields that
 * exist, an event held at an attraction sitting where the attraction is, and one invented number per party.
 * They read the raw input defensively: the record schemas report wrong shapes.
 */

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function where(collection: string, record: Record<string, unknown>, index: number): string {
  return typeof record.id === 'string' && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(record.id)
    ? `${collection}/${record.id}`
    : `${collection}[${index}]`
}

function each(
  input: Record<string, unknown>,
  collection: string,
  visit: (record: Record<string, unknown>, at: string) => void,
): void {
  const records = input[collection]
  if (!Array.isArray(records)) return
  records.forEach((record: unknown, index) => {
    if (isRecord(record)) visit(record, where(collection, record, index))
  })
}

/** `梅花鹿节组委会（示例）` and `梅花鹿节组委会` are one party. */
function partyKey(name: string): string {
  return name.replace(/[（(]示例[^）)]*[）)]/g, '').replace(/\s+/g, '')
}

/** Every invented number in a record with the party it belongs to and the field it sits in. */
function partiesOf(
  collection: string,
  record: Record<string, unknown>,
): Array<{ phone: string; party: string; field: string }> {
  const found: Array<{ phone: string; party: string; field: string }> = []
  const add = (phone: unknown, party: unknown, field: string) => {
    if (typeof phone === 'string' && typeof party === 'string' && FICTIONAL_PHONE_PATTERN.test(phone))
      found.push({ phone, party: partyKey(party), field })
  }
  if (collection === 'attractions') add(record.phone, record.name, 'phone')
  if (isRecord(record.contact)) {
    // A job's number is its employer's, whoever answers it.
    add(record.contact.phone, collection === 'jobs' ? record.employer : record.contact.name, 'contact.phone')
  }
  if (collection === 'policies' && Array.isArray(record.whomToCall)) {
    record.whomToCall.forEach((c: unknown, i) => {
      if (isRecord(c)) add(c.phone, c.name, `whomToCall[${i}].phone`)
    })
  }
  return found
}

/** What the 2022 summary does not say about any item: a reported item may carry none of these. */
const NOT_IN_THE_SUMMARY = [
  'status',
  'progress',
  'milestones',
  'responsibleUnit',
  'updatedAt',
  'summary',
  'why',
  'townId',
  'address',
  'location',
] as const

/** Fields of a demo-plan project a person reads: none may name a real place, school, hospital or office. */
function demoTexts(record: Record<string, unknown>): Array<{ field: string; text: string }> {
  const texts: Array<{ field: string; text: string }> = []
  for (const field of ['title', 'summary', 'why', 'responsibleUnit'])
    if (typeof record[field] === 'string') texts.push({ field, text: record[field] as string })
  if (Array.isArray(record.milestones))
    record.milestones.forEach((m: unknown, i) => {
      if (isRecord(m) && typeof m.title === 'string') texts.push({ field: `milestones[${i}].title`, text: m.title })
    })
  return texts
}

/**
 * The tracker's two kinds stay apart. A reported item says what its quote says: cited, no sample field, its
 * stage word in the quote, and no progress, milestones, unit or place. A demo-plan project is plainly
 * fictional: sample source, a generic title (示例 / 某), a unit marked 虚构 or 示例, and no real name.
 */
function livelihoodProblems(input: Record<string, unknown>): Problem[] {
  const problems: Problem[] = []
  const towns: string[] = []
  each(input, 'towns', (t) => {
    if (typeof t.name === 'string') towns.push(t.name)
  })
  const denied = [...REAL_NAME_DENY_LIST, ...towns]
  each(input, 'livelihood', (record, at) => {
    const source = isRecord(record.source) ? record.source : {}
    if (record.kind === 'reported') {
      if (source.kind === 'sample')
        problems.push({ where: at, field: 'source', message: '“总结所载”的项目必须引用《双阳区2022年工作总结》' })
      if (Array.isArray(source.sampleFields) && source.sampleFields.length > 0)
        problems.push({
          where: at,
          field: 'source.sampleFields',
          message: '“总结所载”的项目只写原文说的，不能有示例字段',
        })
      for (const field of NOT_IN_THE_SUMMARY)
        if (record[field] !== undefined)
          problems.push({
            where: at,
            field,
            message: `“总结所载”的项目不能写${fieldLabel('livelihood', field) ?? field}：原文没有说（演示用的进度放在演示计划里）`,
          })
      if (typeof record.stage === 'string' && typeof source.quote === 'string' && !source.quote.includes(record.stage))
        problems.push({ where: at, field: 'stage', message: `进展用词「${record.stage}」不在引文中：只写原文的说法` })
    }
    if (record.kind === 'demo') {
      if (source.kind === 'cited')
        problems.push({
          where: at,
          field: 'source',
          message: '演示计划的项目是虚构的，不能引用《双阳区2022年工作总结》',
        })
      if (typeof record.title === 'string' && !/示例|某/.test(record.title))
        problems.push({ where: at, field: 'title', message: '演示计划的项目名称要看得出是虚构的（含“示例”或“某”）' })
      if (typeof record.responsibleUnit === 'string' && !/虚构|示例/.test(record.responsibleUnit))
        problems.push({ where: at, field: 'responsibleUnit', message: '演示计划的责任单位要标明“虚构”或“示例”' })
      for (const { field, text } of demoTexts(record)) {
        const name = denied.find((n) => text.includes(n))
        if (name)
          problems.push({
            where: at,
            field,
            message: `演示计划不能用真实名称「${name}」：虚构的进度不能挂在真实的地方或单位上`,
          })
      }
    }
  })
  return problems
}

export function honestyProblems(input: Record<string, unknown>, collections: readonly Collection[]): Problem[] {
  const problems: Problem[] = []
  if (collections.includes('livelihood')) problems.push(...livelihoodProblems(input))
  const official = input.edition === 'official'

  for (const collection of collections) {
    each(input, collection, (record, at) => {
      const source = record.source
      if (!isRecord(source)) return
      const sampleFields = Array.isArray(source.sampleFields) ? source.sampleFields : []
      sampleFields.forEach((field: unknown, i) => {
        if (typeof field === 'string' && fieldLabel(collection, field) === undefined)
          problems.push({ where: at, field: `source.sampleFields[${i}]`, message: `没有名为 ${field} 的字段` })
      })
      // We are not the district: only a pack the publisher issues may carry what the publisher states.
      if (!official && source.kind === 'official')
        problems.push({ where: at, field: 'source', message: '演示版内容包（edition: demo）不能含发布单位发布的记录' })
      if (official && source.kind === 'sample')
        problems.push({ where: at, field: 'source', message: '正式版内容包（edition: official）不能含示例记录' })
      if (official && source.kind === 'cited' && sampleFields.length > 0)
        problems.push({
          where: at,
          field: 'source.sampleFields',
          message: '正式版内容包（edition: official）不能含示例字段',
        })
    })
  }

  // One place, one location: an event held at an attraction is in the attraction's town, at its coordinates.
  const attractions = new Map<string, Record<string, unknown>>()
  each(input, 'attractions', (a) => {
    if (typeof a.id === 'string') attractions.set(a.id, a)
  })
  each(input, 'events', (event, at) => {
    const place = typeof event.attractionId === 'string' ? attractions.get(event.attractionId) : undefined
    if (!place) return
    if (event.townId !== place.townId)
      problems.push({
        where: at,
        field: 'townId',
        message: `在景点「${String(place.name)}」举办，镇街应与景点相同（${String(place.townId)}）`,
      })
    const [a, b] = [event.location, place.location]
    if (isRecord(a) && isRecord(b) && (a.lat !== b.lat || a.lng !== b.lng))
      problems.push({
        where: at,
        field: 'location',
        message: `在景点「${String(place.name)}」举办，坐标应与景点相同（${String(b.lat)}, ${String(b.lng)}）`,
      })
  })

  // No invented number serves two parties: a resident must never reach an employer on a window's number.
  const owners = new Map<string, { party: string; at: string }>()
  for (const collection of collections) {
    each(input, collection, (record, at) => {
      for (const { phone, party, field } of partiesOf(collection, record)) {
        const owner = owners.get(phone)
        if (!owner) owners.set(phone, { party, at })
        else if (owner.party !== party)
          problems.push({
            where: at,
            field,
            message: `示例号码 ${phone} 已给了「${owner.party}」（${owner.at}），不同单位不能共用一个号码`,
          })
      }
    })
  }
  return problems
}

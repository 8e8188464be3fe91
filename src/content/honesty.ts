import { fieldLabel, type Collection } from './labels'
import { DISTRICT_NAME, FICTIONAL_PHONE_PATTERN, REAL_FESTIVAL_NAMES, REAL_NAME_DENY_LIST } from './vocabulary'
import type { Problem } from './problem'
import quotes from './digest/quotes.json'
import { quoteText } from './text'
import { citedFactProblems, placeProblems, shortTownName, townsOf } from './cited-facts'
import { each, isRecord } from './walk'

/**
 * The quotes this release cites, checked against their document (content:check --sources) when it was made: words
 * within one of them are words of the document.
 */
function isKnownQuote(quote: string): boolean {
  const text = quoteText(quote)
  return text !== '' && quotes.some((known) => known.includes(text))
}

/*
 * Rules that span records and keep the demo honest: sample data only in a demo pack, sample fields that
 * exist, an event held at an attraction sitting where the attraction is, and one invented number per party.
 * They read the raw input defensively: the record schemas report wrong shapes.
 */

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

/** The texts of a record that name it: a sample one must not read as a real business, event or office. */
const NAME_FIELDS: Partial<Record<Collection, readonly string[]>> = {
  jobs: ['title', 'employer'],
  events: ['title', 'venue'],
  attractions: ['name'],
  policies: ['title'],
}

/**
 * Sample names that read as real: a sample record's name that uses the district's or a town's name says 示例
 * or 某 (冰雪季（示例）, 鹿乡镇某合作社); none borrows a company, project or place the summary names, and no
 * sample event borrows a real festival's name.
 */
function sampleNameProblems(input: Record<string, unknown>): Problem[] {
  const problems: Problem[] = []
  const places = [DISTRICT_NAME, ...[...townsOf(input).values()].flatMap((t) => [t, shortTownName(t)])]
  const realNames = REAL_NAME_DENY_LIST.filter((n) => n !== DISTRICT_NAME)
  for (const [collection, fields] of Object.entries(NAME_FIELDS) as Array<[Collection, readonly string[]]>) {
    each(input, collection, (record, at) => {
      if (!isRecord(record.source) || record.source.kind !== 'sample') return
      for (const field of fields) {
        const text = record[field]
        if (typeof text !== 'string') continue
        const label = fieldLabel(collection, field) ?? field
        const real = realNames.find((n) => text.includes(n))
        const place = places.find((n) => text.includes(n))
        const festival = collection === 'events' ? REAL_FESTIVAL_NAMES.find((n) => text.includes(n)) : undefined
        if (real)
          problems.push({ where: at, field, message: `示例数据的${label}不能用真实名称「${real}」：换成虚构的名字` })
        else if (place && !/示例|某/.test(text))
          problems.push({
            where: at,
            field,
            message: `示例数据的${label}用了真实地名「${place}」：要写明“示例”或用“某”，免得被当成真的`,
          })
        if (festival)
          problems.push({
            where: at,
            field,
            message: `示例活动不能借用真实节日「${festival}」的名字：它有自己的日子，我们的日期是编的`,
          })
      }
    })
  }
  return problems
}

export function honestyProblems(input: Record<string, unknown>, collections: readonly Collection[]): Problem[] {
  const problems: Problem[] = []
  if (collections.includes('livelihood')) problems.push(...livelihoodProblems(input))
  problems.push(...placeProblems(input), ...sampleNameProblems(input), ...citedFactProblems(input))
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
        problems.push({ where: at, field: 'source', message: '演示版内容包不能含发布单位发布的记录' })
      if (official && source.kind === 'sample')
        problems.push({ where: at, field: 'source', message: '正式版内容包不能含示例记录' })
      // A key figure is shown on home as a fact about the district: never an example.
      if (collection === 'figures' && source.kind === 'sample')
        problems.push({
          where: at,
          field: 'source',
          message: '关键数字是事实：要引用 2022 年工作总结（cited）或由发布单位发布（official），不能是示例',
        })
      // The summary states no conditions for any policy: who may apply is general guidance, marked as such.
      if (
        collection === 'policies' &&
        source.kind === 'cited' &&
        isRecord(record.eligibility) &&
        record.eligibility.kind === 'benefit' &&
        !sampleFields.includes('eligibility')
      )
        problems.push({
          where: at,
          field: 'source.sampleFields',
          message: `原文没有写申请条件：${fieldLabel('policies', 'eligibility')}要列为示例字段，按一般性说明显示`,
        })
      // Nobody checks an official pack's quotes against the document: it may cite only words this release cites.
      if (official && source.kind === 'cited' && typeof source.quote === 'string' && !isKnownQuote(source.quote))
        problems.push({
          where: at,
          field: 'source.quote',
          message:
            '正式版内容包只能引用本版本已核对过的原文（新引文随版本发布，用 content:check --sources 核对）；发布单位自己的说法请写成 official 来源',
        })
      if (official && source.kind === 'cited' && sampleFields.length > 0)
        problems.push({
          where: at,
          field: 'source.sampleFields',
          message: '正式版内容包不能含示例字段',
        })
    })
  }

  // One place, one location: an event held at an attraction is in the attraction's town, at its coordinates.
  const attractions = new Map<string, Record<string, unknown>>()
  each(input, 'attractions', (a) => {
    if (typeof a.id === 'string') attractions.set(a.id, a)
  })
  // A town by its name, as the editor knows it (an id is never shown to people).
  const townNames = new Map<unknown, string>()
  each(input, 'towns', (t) => {
    if (typeof t.name === 'string') townNames.set(t.id, t.name)
  })
  each(input, 'events', (event, at) => {
    const place = typeof event.attractionId === 'string' ? attractions.get(event.attractionId) : undefined
    if (!place) return
    if (event.townId !== place.townId)
      problems.push({
        where: at,
        field: 'townId',
        message:
          place.townId === undefined
            ? `在景点「${String(place.name)}」举办：景点没有填所在镇街，活动也不要填`
            : `在景点「${String(place.name)}」举办，镇街应与景点相同（${townNames.get(place.townId) ?? '景点所填的镇街'}）`,
      })
    const [a, b] = [event.location, place.location]
    if (isRecord(a) && isRecord(b) && (a.lat !== b.lat || a.lng !== b.lng))
      problems.push({
        where: at,
        field: 'location',
        message: `在景点「${String(place.name)}」举办，坐标应与景点相同（${String(b.lat)}, ${String(b.lng)}）`,
      })
  })

  // One party, one number, both ways: a resident must never reach an employer on a window's number, nor
  // find one employer under two numbers.
  const owners = new Map<string, { party: string; at: string }>()
  const numbers = new Map<string, { phone: string; at: string }>()
  for (const collection of collections) {
    each(input, collection, (record, at) => {
      for (const { phone, party, field } of partiesOf(collection, record)) {
        const owner = owners.get(phone)
        const number = numbers.get(party)
        if (!owner) owners.set(phone, { party, at })
        else if (owner.party !== party)
          problems.push({
            where: at,
            field,
            message: `示例号码 ${phone} 已给了「${owner.party}」（${owner.at}），不同单位不能共用一个号码`,
          })
        if (!number) numbers.set(party, { phone, at })
        else if (number.phone !== phone)
          problems.push({
            where: at,
            field,
            message: `「${party}」已有示例号码 ${number.phone}（${number.at}），一个单位只用一个号码`,
          })
      }
    })
  }
  return problems
}

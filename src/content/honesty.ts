import { fieldLabel, type Collection } from './labels'
import { FICTIONAL_PHONE_PATTERN } from './schema'
import type { Problem } from './validate'

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

export function honestyProblems(input: Record<string, unknown>, collections: readonly Collection[]): Problem[] {
  const problems: Problem[] = []
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

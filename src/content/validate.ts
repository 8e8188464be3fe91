import * as v from 'valibot'
import { honestyProblems } from './honesty'
import {
  attractionSchema,
  DOMAINS,
  eventSchema,
  FICTIONAL_PHONE_PATTERN,
  figureSchema,
  editionSchema,
  isoInstantSchema,
  jobSchema,
  packSchema,
  livelihoodSchema,
  policySchema,
  PUBLIC_HOTLINES,
  SCHEMA_VERSION,
  townSchema,
  type ContentPack,
  type Domain,
} from './schema'

/** One problem, printed as `<where>: <field>: <message>`. */
export interface Problem {
  where: string
  field: string
  message: string
}

export type PackResult = { ok: true; pack: ContentPack } | { ok: false; problems: Problem[] }

type Collection = Domain | 'towns'

const recordSchemas = {
  towns: townSchema,
  livelihood: livelihoodSchema,
  jobs: jobSchema,
  events: eventSchema,
  attractions: attractionSchema,
  policies: policySchema,
} as const

const COLLECTIONS: readonly Collection[] = ['towns', ...DOMAINS]

export function formatProblem(p: Problem): string {
  return `${p.where}: ${p.field}: ${p.message}`
}

function issuePath(issue: v.BaseIssue<unknown>): string {
  const keys = issue.path?.map((item) => item.key) ?? []
  return (
    keys.reduce<string>((acc, key) => {
      if (typeof key === 'number') return `${acc}[${key}]`
      return acc ? `${acc}.${String(key)}` : String(key)
    }, '') || '(记录)'
  )
}

function issueMessage(issue: v.BaseIssue<unknown>): string {
  if (issue.received === 'undefined' && issue.kind === 'schema') return '缺少必填项'
  return issue.message
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function labelOf(collection: Collection | 'figures', record: unknown, index: number): string {
  const id = isRecord(record) ? record.id : undefined
  return typeof id === 'string' && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)
    ? `${collection}/${id}`
    : `${collection}[${index}]`
}

/** Every phone number in a record, with the field it sits in. */
function phonesOf(collection: Collection, record: Record<string, unknown>): Array<[string, string]> {
  const found: Array<[string, string]> = []
  if (typeof record.phone === 'string') found.push(['phone', record.phone])
  const contact = record.contact
  if (isRecord(contact) && typeof contact.phone === 'string') found.push(['contact.phone', contact.phone])
  if (collection === 'policies' && Array.isArray(record.whomToCall)) {
    record.whomToCall.forEach((c, i) => {
      if (isRecord(c) && typeof c.phone === 'string') found.push([`whomToCall[${i}].phone`, c.phone])
    })
  }
  return found
}

/**
 * Validates a whole pack: every record on its own (so one bad record does not
 * hide the others), then what spans records: duplicate ids, references, and
 * the honesty rules for invented phone numbers.
 */
export function validatePack(input: unknown): PackResult {
  const problems: Problem[] = []
  if (!isRecord(input)) {
    return { ok: false, problems: [{ where: 'pack', field: '(整体)', message: '内容包应为 JSON 对象' }] }
  }

  if (input.schemaVersion !== SCHEMA_VERSION) {
    problems.push({
      where: 'pack',
      field: 'schemaVersion',
      message: `应为 ${SCHEMA_VERSION}，实际为 ${JSON.stringify(input.schemaVersion) ?? '空'}`,
    })
  }
  if (typeof input.version !== 'number' || !Number.isInteger(input.version) || input.version < 1) {
    problems.push({ where: 'pack', field: 'version', message: 'version 应为正整数' })
  }
  if (!v.is(isoInstantSchema, input.updatedAt)) {
    problems.push({ where: 'pack', field: 'updatedAt', message: '应为 ISO 8601 时间（含时区）' })
  }
  if (!v.is(editionSchema, input.edition)) {
    problems.push({ where: 'pack', field: 'edition', message: 'edition 应为 demo（演示）或 official（正式）' })
  }

  const ids: Record<Collection, Set<string>> = {
    towns: new Set(),
    livelihood: new Set(),
    jobs: new Set(),
    events: new Set(),
    attractions: new Set(),
    policies: new Set(),
  }

  for (const collection of COLLECTIONS) {
    const records = input[collection]
    if (!Array.isArray(records)) {
      problems.push({ where: 'pack', field: collection, message: '缺少或不是数组' })
      continue
    }
    records.forEach((record, index) => {
      const where = labelOf(collection, record, index)
      const result = v.safeParse(recordSchemas[collection], record)
      if (!result.success) {
        for (const issue of result.issues)
          problems.push({ where, field: issuePath(issue), message: issueMessage(issue) })
      }
      if (!isRecord(record)) return
      if (typeof record.id === 'string') {
        if (ids[collection].has(record.id)) problems.push({ where, field: 'id', message: '重复的 id' })
        ids[collection].add(record.id)
      }
      // We hold no real office or employer numbers: anything but a public hotline is invented.
      for (const [field, phone] of phonesOf(collection, record)) {
        const isPublic = (PUBLIC_HOTLINES as readonly string[]).includes(phone)
        if (!isPublic && !FICTIONAL_PHONE_PATTERN.test(phone)) {
          problems.push({ where, field, message: '示例电话必须是明显虚构的号码（0431-0000xxxx）或公共热线' })
        }
      }
    })
  }

  // References are checked once every id is known.
  const checkRef = (collection: Collection, field: string, target: Collection, optional: boolean) => {
    const records = input[collection]
    if (!Array.isArray(records)) return
    records.forEach((record, index) => {
      if (!isRecord(record)) return
      const ref = record[field]
      if (ref === undefined && optional) return
      if (typeof ref === 'string' && !ids[target].has(ref)) {
        problems.push({
          where: labelOf(collection, record, index),
          field,
          message: `引用了不存在的 ${target} id「${ref}」`,
        })
      }
    })
  }
  checkRef('livelihood', 'townId', 'towns', true)
  checkRef('jobs', 'townId', 'towns', false)
  checkRef('events', 'townId', 'towns', false)
  checkRef('events', 'attractionId', 'attractions', true)
  checkRef('attractions', 'townId', 'towns', false)
  problems.push(...honestyProblems(input, COLLECTIONS))

  if (problems.length > 0) return { ok: false, problems }
  const parsed = v.safeParse(packSchema, input)
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.issues.map((issue) => ({
        where: 'pack',
        field: issuePath(issue),
        message: issueMessage(issue),
      })),
    }
  }
  return { ok: true, pack: parsed.output }
}

/** Home's key figures are not part of a pack; they get the same per-record treatment. */
export function validateFigures(figures: unknown): Problem[] {
  if (!Array.isArray(figures)) return [{ where: 'figures', field: '(整体)', message: '应为数组' }]
  const problems: Problem[] = []
  const seen = new Set<string>()
  figures.forEach((figure: unknown, index) => {
    const where = labelOf('figures', figure, index)
    const result = v.safeParse(figureSchema, figure)
    if (!result.success) {
      for (const issue of result.issues) problems.push({ where, field: issuePath(issue), message: issueMessage(issue) })
    }
    const id = isRecord(figure) ? figure.id : undefined
    if (typeof id === 'string') {
      if (seen.has(id)) problems.push({ where, field: 'id', message: '重复的 id' })
      seen.add(id)
    }
  })
  return problems
}

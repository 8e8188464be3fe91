import * as v from 'valibot'
import { honestyProblems } from './honesty'
import { listLimit, MAX_PACK_VERSION, MAX_RECORDS, VERSION_RANGE } from './limits'
import type { Problem } from './problem'
import {
  DOMAINS,
  FICTIONAL_PHONE_PATTERN,
  MAX_FIGURES,
  editionSchema,
  isoInstantSchema,
  metaSchema,
  PUBLIC_HOTLINES,
  RECORD_SCHEMAS,
  SCHEMA_VERSION,
  type ContentPack,
  type Domain,
  type PackMeta,
} from './schema'

export type PackResult = { ok: true; pack: ContentPack } | { ok: false; problems: Problem[] }

type Collection = Domain | 'towns' | 'figures'

const COLLECTIONS: readonly Collection[] = ['towns', ...DOMAINS]
/** Collections a pack may leave out: without figures, the app keeps its own. */
const OPTIONAL_COLLECTIONS: readonly Collection[] = ['figures']

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

function labelOf(collection: Collection, record: unknown, index: number): string {
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

/*
 * The pack decision shared by `content:check` and the app (domain/content-update):
 * the same size cap, nesting limit, version and emptiness rules, so a pack the
 * checker passes is one every phone accepts, and the other way round.
 */

/** A pack larger than this is refused before it is parsed (WeChat's package limit; the embedded pack is ~0.2 MB). */
export const MAX_PACK_BYTES = 2 * 1024 * 1024

/** A real pack nests about six levels; anything far deeper is not a pack and would overflow recursive code. */
export const MAX_PACK_DEPTH = 32

/** UTF-8 length of a string, without encoding it. */
export function utf8Bytes(text: string): number {
  let bytes = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c < 0x80) bytes += 1
    else if (c < 0x800) bytes += 2
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4
      i++
    } else bytes += 3
  }
  return bytes
}

/**
 * Depth of nested objects and lists, counted without recursion, stopping once past the limit. The problem names
 * the record the nesting is in (jobs/cashier, or jobs[3] when it has no usable id).
 */
function nestingProblem(value: unknown, limit: number = MAX_PACK_DEPTH): Problem | undefined {
  const stack: Array<[unknown, number, string]> = [[value, 1, 'pack']]
  while (stack.length > 0) {
    const [node, depth, where] = stack.pop()!
    if (typeof node !== 'object' || node === null) continue
    if (depth > limit) {
      return { where, field: '(整体)', message: `嵌套超过 ${limit} 层，不是内容包的结构` }
    }
    const top = depth === 1 && isRecord(node)
    for (const [key, child] of Object.entries(node)) {
      if (top && [...COLLECTIONS, ...OPTIONAL_COLLECTIONS].includes(key as Collection) && Array.isArray(child)) {
        // A collection's records, each named as the checker names it everywhere else.
        child.forEach((record: unknown, index) =>
          stack.push([record, depth + 2, labelOf(key as Collection, record, index)]),
        )
      } else stack.push([child, depth + 1, where])
    }
  }
  return undefined
}

/** Every list inside a record within LIST_LIMITS (a page renders each entry). */
function listSizeIssues(record: unknown): Array<Omit<Problem, 'where'>> {
  const issues: Array<Omit<Problem, 'where'>> = []
  const stack: Array<[unknown, string, string]> = [[record, '', '']]
  while (stack.length > 0) {
    const [node, path, key] = stack.pop()!
    if (Array.isArray(node)) {
      const limit = listLimit(key)
      if (node.length > limit) {
        issues.push({ field: path || '(记录)', message: `最多 ${limit} 项，实际有 ${node.length} 项` })
        continue
      }
      node.forEach((child, i) => stack.push([child, `${path}[${i}]`, key]))
    } else if (isRecord(node)) {
      for (const [k, child] of Object.entries(node)) stack.push([child, path ? `${path}.${k}` : k, k])
    }
  }
  return issues
}

function packVersionProblems(version: unknown): Problem[] {
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 1)
    return [{ where: 'pack', field: 'version', message: '版本号应为正整数' }]
  // A huge version (9007199254740991) would block every later pack: no higher one exists.
  if (version > MAX_PACK_VERSION) return [{ where: 'pack', field: 'version', message: VERSION_RANGE }]
  return []
}

function emptyCollectionProblem(collection: Collection): Problem {
  return { where: 'pack', field: collection, message: '不能为空：每一类内容至少要有一条' }
}

export type ParsedPackText =
  | { ok: true; input: unknown }
  | { ok: false; reason: 'too-large' | 'not-json' | 'too-deep'; problem: Problem; detail: string }

/** A pack over the size cap; `bytes` undefined when reading stopped at the cap (a file with no end). */
export function tooLargeProblem(bytes: number | undefined, maxBytes: number = MAX_PACK_BYTES): Problem {
  const kb = (n: number) => `${Math.ceil(n / 1024)} KB`
  const size = bytes === undefined ? '' : `有 ${kb(bytes)}，`
  return { where: 'pack', field: '(整体)', message: `${size}超过 ${kb(maxBytes)} 上限，手机不会接受` }
}

/** Size, JSON and nesting, in that order, before any record is looked at. */
export function parsePackText(text: string, maxBytes: number = MAX_PACK_BYTES): ParsedPackText {
  const bytes = utf8Bytes(text)
  if (bytes > maxBytes) {
    return { ok: false, reason: 'too-large', problem: tooLargeProblem(bytes, maxBytes), detail: `${bytes} bytes` }
  }
  let input: unknown
  try {
    // A byte-order mark in front is how some editors save UTF-8; browsers drop it before the app sees the text.
    input = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)
  } catch (error) {
    const detail = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error)
    const problem = { where: 'pack', field: '(整体)', message: `不是有效的 JSON：${detail}` }
    return { ok: false, reason: 'not-json', problem, detail }
  }
  const deep = nestingProblem(input)
  if (deep) return { ok: false, reason: 'too-deep', problem: deep, detail: deep.message }
  return { ok: true, input }
}

/**
 * The whole decision on a pack as a phone gets it: every record valid
 * (validateRecords), and no domain empty, which a pack of records alone may be
 * but a pack that replaces the app's content must not.
 */
export function acceptPack(input: unknown, memo?: RecordMemo): PackResult {
  const result = validateRecords(input, memo)
  const empty = isRecord(input)
    ? COLLECTIONS.filter((c) => Array.isArray(input[c]) && (input[c] as unknown[]).length === 0)
    : []
  if (empty.length === 0) return result
  return { ok: false, problems: [...(result.ok ? [] : result.problems), ...empty.map(emptyCollectionProblem)] }
}

/** The whole decision on a pack file's text, as content:check and the app make it. */
export function acceptPackText(text: string): PackResult {
  const read = parsePackText(text)
  return read.ok ? acceptPack(read.input) : { ok: false, problems: [read.problem] }
}

/** The publication record (optional): valid entries, oldest first, none above the pack's own version. */
function metaVerdict(meta: unknown, version: unknown): { problems: Problem[]; output?: PackMeta } {
  if (meta === undefined) return { problems: [] }
  const result = v.safeParse(metaSchema, meta)
  if (!result.success) {
    return {
      problems: result.issues.map((issue) => ({
        where: 'pack',
        field: `meta.${issuePath(issue)}`,
        message: issueMessage(issue),
      })),
    }
  }
  const problems: Problem[] = []
  result.output.publications.forEach((p, i, all) => {
    const field = `meta.publications[${i}].version`
    if (i > 0 && p.version <= all[i - 1]!.version)
      problems.push({ where: 'pack', field, message: '发布记录应按版本从低到高排列' })
    if (typeof version === 'number' && p.version > version)
      problems.push({ where: 'pack', field, message: '发布记录的版本号不能高于内容包的版本号' })
  })
  return problems.length > 0 ? { problems } : { problems, output: result.output }
}

interface RecordVerdict {
  issues: Array<Omit<Problem, 'where'>>
  output: unknown
}

/**
 * Each record's schema verdict, kept by the record object. The studio re-checks the whole draft on every keystroke
 * and its edits replace only the edited record, so the others are not parsed again; the verdict is the same.
 */
export type RecordMemo = WeakMap<object, RecordVerdict>

export function createRecordMemo(): RecordMemo {
  return new WeakMap()
}

function recordVerdict(collection: Collection, record: unknown, memo: RecordMemo | undefined): RecordVerdict {
  const cacheable = memo !== undefined && typeof record === 'object' && record !== null
  const known = cacheable ? memo.get(record) : undefined
  if (known) return known
  // A record with a list past its limit is not parsed further: its size is the problem.
  const oversized = listSizeIssues(record)
  if (oversized.length > 0) {
    if (cacheable) memo.set(record, { issues: oversized, output: undefined })
    return { issues: oversized, output: undefined }
  }
  const result = v.safeParse(RECORD_SCHEMAS[collection], record)
  const verdict: RecordVerdict = result.success
    ? { issues: [], output: result.output }
    : {
        issues: result.issues.map((issue) => ({ field: issuePath(issue), message: issueMessage(issue) })),
        output: undefined,
      }
  if (cacheable) memo.set(record, verdict)
  return verdict
}

/**
 * Validates a whole pack: every record on its own (so one bad record does not
 * hide the others), then what spans records: duplicate ids, references, and
 * the honesty rules for invented phone numbers.
 */
export function validateRecords(input: unknown, memo?: RecordMemo): PackResult {
  const problems: Problem[] = []
  if (!isRecord(input)) {
    return { ok: false, problems: [{ where: 'pack', field: '(整体)', message: '内容包应为 JSON 对象' }] }
  }
  const deep = nestingProblem(input)
  if (deep) return { ok: false, problems: [deep] }

  if (input.schemaVersion !== SCHEMA_VERSION) {
    problems.push({
      where: 'pack',
      field: 'schemaVersion',
      message: `应为 ${SCHEMA_VERSION}，实际为 ${JSON.stringify(input.schemaVersion) ?? '空'}`,
    })
  }
  problems.push(...packVersionProblems(input.version))
  const updatedAt = v.safeParse(isoInstantSchema, input.updatedAt)
  if (!updatedAt.success) {
    problems.push({ where: 'pack', field: 'updatedAt', message: updatedAt.issues[0].message })
  }
  if (!v.is(editionSchema, input.edition)) {
    problems.push({ where: 'pack', field: 'edition', message: '版本类别应为演示版或正式版' })
  }

  const meta = metaVerdict(input.meta, input.version)
  problems.push(...meta.problems)

  const outputs = {} as Record<Collection, unknown[]>
  const ids: Record<Collection, Set<string>> = {
    towns: new Set(),
    livelihood: new Set(),
    jobs: new Set(),
    events: new Set(),
    attractions: new Set(),
    policies: new Set(),
    figures: new Set(),
  }

  const present = [...COLLECTIONS, ...OPTIONAL_COLLECTIONS.filter((c) => input[c] !== undefined)]
  for (const collection of present) {
    const records = input[collection]
    if (!Array.isArray(records)) {
      problems.push({ where: 'pack', field: collection, message: '缺少或不是数组' })
      continue
    }
    if (records.length > MAX_RECORDS) {
      problems.push({
        where: 'pack',
        field: collection,
        message: `最多 ${MAX_RECORDS} 条，实际有 ${records.length} 条`,
      })
      continue
    }
    outputs[collection] = []
    records.forEach((record, index) => {
      const where = labelOf(collection, record, index)
      const verdict = recordVerdict(collection, record, memo)
      for (const { field, message } of verdict.issues) problems.push({ where, field, message })
      outputs[collection].push(verdict.output)
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
  checkRef('jobs', 'townId', 'towns', false)
  checkRef('events', 'townId', 'towns', true)
  checkRef('events', 'attractionId', 'attractions', true)
  checkRef('attractions', 'townId', 'towns', true)
  if (Array.isArray(input.figures) && input.figures.length > MAX_FIGURES)
    problems.push({ where: 'pack', field: 'figures', message: `关键数字最多 ${MAX_FIGURES} 个` })
  problems.push(...honestyProblems(input, present))

  if (problems.length > 0) return { ok: false, problems }
  // Every part has passed its own schema above, so the pack is packSchema's output assembled from theirs
  // (test/content/checker.test.ts holds this equal to parsing packSchema whole).
  const pack = {
    schemaVersion: input.schemaVersion,
    version: input.version,
    updatedAt: updatedAt.output,
    edition: input.edition,
    ...(meta.output ? { meta: meta.output } : {}),
    ...outputs,
  } as ContentPack
  return { ok: true, pack }
}

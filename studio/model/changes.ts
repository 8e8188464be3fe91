import { partLabel } from './part-labels'
import {
  COLLECTION_LABELS,
  fieldLabels,
  isFavouritable,
  isObject,
  PACK_COLLECTIONS,
  recordsOf,
  recordTitle,
  type PackCollection,
  type RawPack,
} from './collections'
import { valueLabel } from './value-labels'

/*
 * What a publication changes, in words: records added and removed, and for each changed record the field
 * by its Chinese label with the old and the new value. The reviewer approves this list, and it is written
 * beside the pack as changes-<version>.txt.
 */

export interface FieldChange {
  /** 薪资 · 最高薪资（元）, 岗位职责 · 第 2 条 */
  label: string
  before: string
  after: string
}

export interface RecordChange {
  collection: PackCollection
  id: string
  title: string
  kind: 'added' | 'removed' | 'changed'
  fields: FieldChange[]
  /** A removed record residents may keep in 我的: they will see it there as 已下线. */
  favourited: boolean
}

const EMPTY = '（空）'

/** A Beijing time as the pack writes it (2026-08-18T09:00:00+08:00), as people read it: 2026年8月18日 09:00. */
const BEIJING_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}:\d{2})(?::\d{2})?\+08:00$/

function show(value: unknown, key: string): string {
  if (value === undefined || value === null || value === '') return EMPTY
  const time = typeof value === 'string' ? BEIJING_TIME.exec(value) : null
  if (time) return `${time[1]}年${Number(time[2])}月${Number(time[3])}日 ${time[4]}`
  if (Array.isArray(value)) return value.length === 0 ? EMPTY : value.map((v) => show(v, key)).join('、')
  if (isObject(value)) return JSON.stringify(value)
  return valueLabel(value, key)
}

/** Leaves of a value, keyed by path; lists of plain values are one leaf (read as 甲、乙、丙). */
function leaves(value: unknown, path: string[], out: Map<string, { path: string[]; value: unknown }>): void {
  if (isObject(value)) {
    for (const [key, child] of Object.entries(value)) leaves(child, [...path, key], out)
    return
  }
  if (Array.isArray(value) && value.some((v) => isObject(v) || Array.isArray(v))) {
    value.forEach((child, i) => leaves(child, [...path, `#${i + 1}`], out))
    return
  }
  out.set(path.join('/'), { path, value })
}

function labelOf(collection: PackCollection, path: string[]): string {
  const [top = '', ...rest] = path
  const parts = [fieldLabels(collection)[top] ?? '（未命名字段）']
  for (const part of rest) {
    if (part.startsWith('#')) parts.push(`第 ${part.slice(1)} 项`)
    else parts.push(partLabel(top, part) ?? '（未命名字段）')
  }
  return parts.join(' · ')
}

function fieldChanges(collection: PackCollection, before: unknown, after: unknown): FieldChange[] {
  const a = new Map<string, { path: string[]; value: unknown }>()
  const b = new Map<string, { path: string[]; value: unknown }>()
  leaves(before, [], a)
  leaves(after, [], b)
  const keys = [...new Set([...a.keys(), ...b.keys()])]
  const changes: FieldChange[] = []
  for (const key of keys) {
    const x = a.get(key)
    const y = b.get(key)
    if (JSON.stringify(x?.value) === JSON.stringify(y?.value)) continue
    const path = (y ?? x)!.path
    const last = path[path.length - 1] ?? ''
    changes.push({ label: labelOf(collection, path), before: show(x?.value, last), after: show(y?.value, last) })
  }
  return changes
}

function byId(records: unknown[]): Map<string, unknown> {
  const map = new Map<string, unknown>()
  for (const r of records) if (isObject(r) && typeof r.id === 'string' && !map.has(r.id)) map.set(r.id, r)
  return map
}

/** The change list from the published pack to the draft. */
export function changeList(published: RawPack | undefined, draft: RawPack): RecordChange[] {
  const changes: RecordChange[] = []
  for (const collection of PACK_COLLECTIONS) {
    const before = byId(published ? recordsOf(published, collection) : [])
    const after = byId(recordsOf(draft, collection))
    for (const [id, record] of after) {
      const old = before.get(id)
      const title = recordTitle(record)
      if (old === undefined) {
        // A new record's fields as they will be published, so the reviewer approves what it says, not a title.
        const fields = fieldChanges(collection, undefined, record).filter((f) => f.after !== EMPTY)
        changes.push({ collection, id, title, kind: 'added', fields, favourited: false })
      } else if (old !== record) {
        // An untouched record is the published one itself (edits replace only the edited record).
        const fields = fieldChanges(collection, old, record)
        if (fields.length > 0) changes.push({ collection, id, title, kind: 'changed', fields, favourited: false })
      }
    }
    for (const [id, record] of before)
      if (!after.has(id))
        changes.push({
          collection,
          id,
          title: recordTitle(record),
          kind: 'removed',
          fields: [],
          favourited: isFavouritable(collection),
        })
  }
  return changes
}

const KIND_WORDS = { added: '新增', removed: '删除', changed: '修改' } as const

/** A field's line: `label：old → new`, or for a new record `label：value`. */
export function fieldLine(kind: RecordChange['kind'], f: FieldChange): string {
  return kind === 'added' ? `${f.label}：${f.after}` : `${f.label}：${f.before} → ${f.after}`
}

/** One line per record and per changed field: the text of changes-<version>.txt and of the review screen. */
export function changeLines(changes: readonly RecordChange[]): string[] {
  const lines: string[] = []
  for (const c of changes) {
    const flag = c.favourited ? '（居民收藏过的，会在“我的”里显示已下线）' : ''
    lines.push(`${KIND_WORDS[c.kind]}：${COLLECTION_LABELS[c.collection]}「${c.title}」${flag}`)
    for (const f of c.fields) lines.push(`    ${fieldLine(c.kind, f)}`)
  }
  return lines
}

/** A one-line summary: 新增 1 条、修改 2 条. */
export function changeSummary(changes: readonly RecordChange[]): string {
  const count = (kind: RecordChange['kind']) => changes.filter((c) => c.kind === kind).length
  const parts = (['added', 'changed', 'removed'] as const)
    .filter((k) => count(k) > 0)
    .map((k) => `${KIND_WORDS[k]} ${count(k)} 条`)
  return parts.length ? parts.join('、') : '没有更改'
}

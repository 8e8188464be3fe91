import type { GenericSchema } from 'valibot'
import { FIELD_LABELS, type Collection } from '@/content/labels'
import { RECORD_SCHEMAS as APP_RECORD_SCHEMAS, type Domain } from '@/content/schema'
import { DOMAIN_LABELS } from '@/domain/records'

/** The collections of a pack the studio edits, in menu order (home's key figures last: a pack may leave them out). */
export const PACK_COLLECTIONS = ['jobs', 'events', 'attractions', 'policies', 'livelihood', 'towns', 'figures'] as const
export type PackCollection = (typeof PACK_COLLECTIONS)[number]

export const COLLECTION_LABELS: Record<PackCollection, string> = {
  ...DOMAIN_LABELS,
  towns: '镇街',
  figures: '首页关键数字',
}

/** The app's own record schemas: the studio's forms and checks come from these, never from a copy. */
export const RECORD_SCHEMAS: Record<PackCollection, GenericSchema> = APP_RECORD_SCHEMAS

export function fieldLabels(collection: PackCollection): Record<string, string> {
  return FIELD_LABELS[collection as Collection] as Record<string, string>
}

/** Collections whose records residents can keep in 我的 (a removed one shows there as 已下线). */
export function isFavouritable(collection: PackCollection): collection is Domain {
  return collection !== 'towns' && collection !== 'figures'
}

export type RawRecord = Record<string, unknown>
export type RawPack = Record<string, unknown>

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export function recordsOf(pack: RawPack, collection: PackCollection): unknown[] {
  const list = pack[collection]
  return Array.isArray(list) ? list : []
}

/** What people call a record: its title or name, else a placeholder that names no field. */
export function recordTitle(record: unknown): string {
  if (!isObject(record)) return '（无法识别的记录）'
  const title = record.title ?? record.name ?? record.label
  return typeof title === 'string' && title.trim() ? title : '（未命名）'
}

/** How validateRecords names a record in its problems: `<collection>/<id>`, or `<collection>[<index>]` without a usable id. */
export function whereOf(collection: string, record: unknown, index: number): string {
  const id = isObject(record) ? record.id : undefined
  return typeof id === 'string' && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)
    ? `${collection}/${id}`
    : `${collection}[${index}]`
}

import type { ContentPack, Domain } from '@/content/schema'
import { DOMAIN_LABELS, findRecord, isDomain, type RecordRef } from './records'

export interface Favourite {
  domain: Domain
  id: string
  /** Kept so a record removed by a content update can still be named (已下线). */
  title: string
  savedAt: number
}

export interface ParsedFavourites {
  items: Favourite[]
  /** True when stored data was damaged or foreign and had to be dropped in part or whole. */
  recovered: boolean
}

const MAX_FAVOURITES = 500

function isFavourite(value: unknown): value is Favourite {
  if (typeof value !== 'object' || value === null) return false
  const f = value as Record<string, unknown>
  return (
    isDomain(f.domain) &&
    typeof f.id === 'string' &&
    f.id.length > 0 &&
    f.id.length <= 100 &&
    typeof f.title === 'string' &&
    f.title.length <= 200 &&
    typeof f.savedAt === 'number' &&
    Number.isFinite(f.savedAt)
  )
}

/** Reads whatever storage held. Keeps every valid entry, drops the rest, and says so. */
export function parseFavourites(raw: unknown): ParsedFavourites {
  if (raw === undefined || raw === null || raw === '') return { items: [], recovered: false }
  let value = raw
  if (typeof raw === 'string') {
    try {
      value = JSON.parse(raw)
    } catch {
      return { items: [], recovered: true }
    }
  }
  if (!Array.isArray(value)) return { items: [], recovered: true }
  const seen = new Set<string>()
  const items: Favourite[] = []
  for (const entry of value) {
    if (!isFavourite(entry)) continue
    const key = `${entry.domain}/${entry.id}`
    if (seen.has(key)) continue
    seen.add(key)
    items.push({ domain: entry.domain, id: entry.id, title: entry.title, savedAt: entry.savedAt })
  }
  return { items: items.slice(0, MAX_FAVOURITES), recovered: items.length !== value.length }
}

export function hasFavourite(items: readonly Favourite[], domain: Domain, id: string): boolean {
  return items.some((f) => f.domain === domain && f.id === id)
}

/** Adds the record first, or removes it if it was there. */
export function toggleFavourite(
  items: readonly Favourite[],
  ref: Pick<RecordRef, 'domain' | 'id' | 'title'>,
  now: number,
): Favourite[] {
  if (hasFavourite(items, ref.domain, ref.id)) return items.filter((f) => !(f.domain === ref.domain && f.id === ref.id))
  return [{ domain: ref.domain, id: ref.id, title: ref.title, savedAt: now }, ...items].slice(0, MAX_FAVOURITES)
}

export function removeFavourite(items: readonly Favourite[], domain: Domain, id: string): Favourite[] {
  return items.filter((f) => !(f.domain === domain && f.id === id))
}

export interface FavouriteEntry {
  favourite: Favourite
  /** The current title, or the stored one when the record is gone. */
  title: string
  offline: boolean
}

export interface FavouriteGroup {
  domain: Domain
  label: string
  entries: FavouriteEntry[]
}

/** Favourites grouped by domain in the app's domain order, each marked 已下线 when its record is gone. */
export function groupFavourites(items: readonly Favourite[], pack: ContentPack): FavouriteGroup[] {
  return (Object.keys(DOMAIN_LABELS) as Domain[])
    .map((domain) => ({
      domain,
      label: DOMAIN_LABELS[domain],
      entries: items
        .filter((f) => f.domain === domain)
        .map((favourite) => {
          const record = findRecord(pack, domain, favourite.id)
          return { favourite, title: record?.title ?? favourite.title, offline: !record }
        }),
    }))
    .filter((g) => g.entries.length > 0)
}

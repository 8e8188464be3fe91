import { isRecordId } from '@/content/limits'
import { DOMAINS, type Domain } from '@/content/schema'
import { DOMAIN_LABELS, findRecord, type RecordRef, type TitledRecords } from './records'
import type { StoredShape } from './stored'
import { storedList } from './stored-list'

export interface Favourite {
  domain: Domain
  id: string
  /** Kept so a record removed by a content update can still be named (已下线). */
  title: string
  savedAt: number
}

export const MAX_FAVOURITES = 500

const MAX_TITLE = 200

/** One stored favourite as kept (its four fields, nothing else), or undefined when any of them is wrong. */
function readFavourite(entry: unknown): Favourite | undefined {
  if (!entry || typeof entry !== 'object') return undefined
  const { domain, id, title, savedAt } = entry as Partial<Record<keyof Favourite, unknown>>
  if (!DOMAINS.some((d) => d === domain)) return undefined
  // The checker's own id rule: a record it accepts is never dropped from 收藏 at the next launch.
  if (typeof id !== 'string' || !isRecordId(id)) return undefined
  if (typeof title !== 'string' || title.length > MAX_TITLE) return undefined
  if (typeof savedAt !== 'number' || !Number.isFinite(savedAt)) return undefined
  return { domain: domain as Domain, id, title, savedAt }
}

/** Favourites as stored: valid entries only, one per record, newest first, at most MAX_FAVOURITES. */
export const favouritesShape: StoredShape<Favourite[]> = storedList(readFavourite, {
  max: MAX_FAVOURITES,
  keyOf: (f) => `${f.domain}/${f.id}`,
})

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

/** Puts a removed favourite back where its saving time places it (撤销 in 我的); nothing changes if it is there. */
export function restoreFavourite(items: readonly Favourite[], favourite: Favourite): Favourite[] {
  if (hasFavourite(items, favourite.domain, favourite.id)) return [...items]
  const at = items.findIndex((f) => f.savedAt < favourite.savedAt)
  const next = at === -1 ? [...items, favourite] : [...items.slice(0, at), favourite, ...items.slice(at)]
  return next.slice(0, MAX_FAVOURITES)
}

export interface FavouriteEntry {
  favourite: Favourite
  /** The current title, or the stored one when the record is gone. */
  title: string
  offline: boolean
  /** The record's source while it is there, for its 示例 mark. */
  source?: RecordRef['source']
}

export interface FavouriteGroup {
  domain: Domain
  label: string
  entries: FavouriteEntry[]
}

/** Favourites grouped by domain in the app's domain order, each marked 已下线 when its record is gone. */
export function groupFavourites(items: readonly Favourite[], pack: TitledRecords): FavouriteGroup[] {
  return (Object.keys(DOMAIN_LABELS) as Domain[])
    .map((domain) => ({
      domain,
      label: DOMAIN_LABELS[domain],
      entries: items
        .filter((f) => f.domain === domain)
        .map((favourite) => {
          const record = findRecord(pack, domain, favourite.id)
          return { favourite, title: record?.title ?? favourite.title, offline: !record, source: record?.source }
        }),
    }))
    .filter((g) => g.entries.length > 0)
}

import { createContentStore, embeddedSummary, type Pending } from '@/domain/content-store'
import type { UpdateStatus } from '@/domain/content-update'
import type { WholePart } from '@/domain/parts'
import type { SearchDoc } from '@/domain/search/document'
import type * as searchEngine from '@/domain/search/engine'
import { settingsShape } from '@/domain/settings'
import { createStore } from '@/domain/store'
import { createPersistentStore } from './persistent-store'

/*
 * Every value the app keeps while it runs is created here, once, and nowhere else (the two saved lists beside it,
 * 收藏 in saved-lists.ts and recent searches in recent-searches.ts: only the pages that show them load their
 * shapes); hooks read them with useStore (hooks/use-store.ts), platform code that changes them imports them from
 * here.
 *
 * A new value kept on the device: its shape in domain/ (a StoredShape: what is kept, what damaged data becomes),
 * one store below (a versioned key, the shape, the calm words for repaired data), and a hook that reads it.
 */

/** Where each stored value lives on the device. */
export const STORAGE_KEYS = {
  favourites: 'sy.favourites.v1',
  settings: 'sy.settings.v1',
  recentSearches: 'sy.recent-searches.v1',
} as const

export const settingsStore = createPersistentStore({
  key: STORAGE_KEYS.settings,
  shape: settingsShape,
  damaged: '设置数据有损坏，已恢复为默认设置',
})

/**
 * The content every page reads: the embedded content until a newer valid pack is accepted. The embedded summary's
 * records arrive a moment after start (platform/digest.ts).
 */
export const contentStore = createContentStore({
  summary: embeddedSummary,
  missing: { livelihood: 'loading', jobs: 'loading', events: 'loading', attractions: 'loading', policies: 'loading' },
  origin: 'embedded',
})

/**
 * Search's code and the embedded content's search documents: none until the person first searches, then on
 * their way (`pending`), in, or not loaded (platform/search-kit.ts).
 */
export const searchKit = createStore<{
  engine?: typeof searchEngine
  docs?: readonly SearchDoc[]
  pending?: Pending
}>(() => ({}))

/** The parts of the embedded whole records that detail pages asked for, by partKey (platform/whole-parts.ts). */
export const wholeParts = createStore<Readonly<Record<string, WholePart>>>(() => ({}))

/** The last content update check, for 我的. */
export const updateStatus = createStore<UpdateStatus>(() => ({
  state: process.env.TARO_APP_CONTENT_URL ? 'idle' : 'off',
}))

/**
 * The filters each list page last had, by page: kept for the session (memory only, never the device), so a list
 * page that is opened again, or rebuilt after the page stack was trimmed, comes back as the resident left it.
 */
export const listFilters = new Map<string, unknown>()

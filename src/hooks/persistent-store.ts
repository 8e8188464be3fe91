import { useSyncExternalStore } from 'react'
import { createStore, resolveNext, type Store } from '@/domain/store'
import { decodeStored, type StoredShape } from '@/domain/stored'
import { notify } from '@/platform/feedback'
import { readStored, STORAGE_KEYS, writeStored, type WriteOutcome } from '@/platform/storage'

export type { WriteOutcome } from '@/platform/storage'

export interface PersistentStore<T> extends Omit<Store<T>, 'set'> {
  /** Applies the change for this session at once and says whether the device kept it. */
  set(next: T | ((prev: T) => T)): WriteOutcome
}

type StoredName = keyof typeof STORAGE_KEYS

/** The calm notice when stored data was damaged and had to be repaired. */
const RECOVERED_NOTICES: Record<StoredName, string> = {
  favourites: '收藏数据有损坏，已恢复能读取的部分',
  settings: '设置数据有损坏，已恢复为默认设置',
  recentSearches: '搜索记录有损坏，已清理',
}

/**
 * A value kept on the device, read lazily on first use (nothing at launch).
 * Damaged or foreign data is replaced by what the shape could keep, with one
 * calm notice; a repaired or capped value is written back, so neither the
 * notice nor the cost of reading a huge old list comes back next time.
 */
export function createPersistentStore<T>(name: StoredName, shape: StoredShape<T>): PersistentStore<T> {
  const key = STORAGE_KEYS[name]
  const store = createStore<T>(() => {
    const decoded = decodeStored(readStored(key), shape)
    if (decoded.rewrite) writeStored(key, decoded.value)
    if (decoded.recovered) notify(RECOVERED_NOTICES[name])
    return decoded.value
  })
  return {
    get: store.get,
    subscribe: store.subscribe,
    set(next) {
      const value = resolveNext(next, store.get())
      store.set(value)
      return writeStored(key, value)
    },
  }
}

/** The one React wiring for every store. */
export function useStore<T>(store: Pick<Store<T>, 'get' | 'subscribe'>): T {
  return useSyncExternalStore(store.subscribe, store.get, store.get)
}

const REASONS: Record<Exclude<WriteOutcome, 'saved'>, string> = {
  full: '手机存储空间满了',
  unavailable: '这台设备不允许保存数据',
}

/**
 * What to say after a change the person made: `done` when the device kept it,
 * otherwise the truth, e.g. 没存上：手机存储空间满了，收藏只在这次使用中有效.
 */
export function savedMessage(outcome: WriteOutcome, done: string, what: string): string {
  return outcome === 'saved' ? done : `没存上：${REASONS[outcome]}，${what}只在这次使用中有效`
}

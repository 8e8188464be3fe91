import { useSyncExternalStore } from 'react'
import type { Store } from '@/domain/store'
import type { WriteOutcome } from '@/platform/storage'

/** The one React wiring for every store (the stores themselves are in platform/stores.ts). */
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

import { notify } from '@/platform/feedback'
import { readStored, writeStored } from '@/platform/storage'

export interface PersistentStore<T> {
  get(): T
  set(next: T): void
  subscribe(listener: () => void): () => void
}

/**
 * A value kept on the device, read lazily on first use (nothing at launch).
 * Damaged or foreign data is replaced by what `parse` could keep, with one
 * calm notice, and written back so the notice is not repeated.
 */
export function createPersistentStore<T>(
  key: string,
  parse: (raw: unknown) => { value: T; recovered: boolean },
  recoveredNotice: string,
): PersistentStore<T> {
  let state: { value: T } | undefined
  const listeners = new Set<() => void>()
  const load = (): T => {
    if (!state) {
      const parsed = parse(readStored(key))
      state = { value: parsed.value }
      if (parsed.recovered) {
        writeStored(key, parsed.value)
        notify(recoveredNotice)
      }
    }
    return state.value
  }
  return {
    get: load,
    set(next) {
      state = { value: next }
      if (!writeStored(key, next)) notify('手机存储空间不足，本次修改只在这次使用中有效')
      listeners.forEach((l) => l())
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}

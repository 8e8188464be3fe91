import { createStore, resolveNext, type Store } from '@/domain/store'
import { decodeStored, type StoredShape } from '@/domain/stored'
import { notify } from './feedback'
import { readStored, writeStored, type WriteOutcome } from './storage'

export interface PersistentStore<T> extends Omit<Store<T>, 'set'> {
  /** Applies the change for this session at once and says whether the device kept it. */
  set(next: T | ((prev: T) => T)): WriteOutcome
}

export interface StoredValue<T> {
  /** The storage key, versioned so a future format can move on without misreading old data. */
  key: string
  /** What is kept, and what damaged or foreign data becomes. */
  shape: StoredShape<T>
  /** The calm notice when stored data was damaged and had to be repaired. */
  damaged: string
}

/**
 * A value kept on the device, read lazily on first use (nothing at launch).
 * Damaged or foreign data is replaced by what the shape could keep, with one
 * calm notice; a repaired or capped value is written back, so neither the
 * notice nor the cost of reading a huge old list comes back next time.
 */
export function createPersistentStore<T>({ key, shape, damaged }: StoredValue<T>): PersistentStore<T> {
  const store = createStore<T>(() => {
    const decoded = decodeStored(readStored(key), shape)
    if (decoded.rewrite) writeStored(key, decoded.value)
    if (decoded.recovered) notify(damaged)
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

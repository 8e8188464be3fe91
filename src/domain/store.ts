/** A value that changes over time and tells its listeners; the one store every other store is built on. */
export interface Store<T> {
  get(): T
  /** Takes the next value, or a function of the current one so a burst of updates never reads a stale value. */
  set(next: T | ((prev: T) => T)): void
  subscribe(listener: () => void): () => void
}

export function resolveNext<T>(next: T | ((prev: T) => T), prev: T): T {
  return typeof next === 'function' ? (next as (prev: T) => T)(prev) : next
}

/** A plain in-memory store; `read` gives the first value lazily, on first use. */
export function createStore<T>(read: () => T): Store<T> {
  let state: { value: T } | undefined
  const listeners = new Set<() => void>()
  const get = (): T => {
    if (!state) state = { value: read() }
    return state.value
  }
  return {
    get,
    set(next) {
      const value = resolveNext(next, get())
      if (Object.is(value, state?.value)) return
      state = { value }
      listeners.forEach((l) => l())
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => {
        listeners.delete(listener)
      }
    },
  }
}

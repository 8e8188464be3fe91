import { useCallback, useState } from 'react'

/**
 * Kept for the whole app session (module scope), so a list page that is
 * re-created (opened again from home, or rebuilt after the page stack was
 * trimmed) comes back with the filters the resident last chose. Memory only:
 * nothing is written to the device.
 */
const remembered = new Map<string, unknown>()

/**
 * Filters of one list, remembered under `key`. `initial` is used when nothing
 * is remembered, or always when `preferInitial` (a deep link that names its filters).
 */
export function useListFilters<T>(key: string, initial: () => T, preferInitial = false): [T, (next: T) => void] {
  const [value, setValue] = useState<T>(() => {
    if (preferInitial || !remembered.has(key)) {
      const first = initial()
      remembered.set(key, first)
      return first
    }
    return remembered.get(key) as T
  })
  const update = useCallback(
    (next: T) => {
      remembered.set(key, next)
      setValue(next)
    },
    [key],
  )
  return [value, update]
}

/** For tests: forget every remembered filter. */
export function forgetListFilters(): void {
  remembered.clear()
}

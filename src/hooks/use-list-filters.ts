import { useCallback, useState } from 'react'
import { listFilters as remembered } from '@/platform/stores'

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

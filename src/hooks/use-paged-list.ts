import { useReachBottom } from '@tarojs/taro'
import { useCallback, useState } from 'react'

/** Records a list draws at first and adds each time the person nears its end (first render stays light at any size). */
export const LIST_PAGE_SIZE = 20

export interface PagedList<T> {
  /** The records to draw now: the first `limit` of all of them. */
  shown: readonly T[]
  total: number
  /** How many more there are after what is shown. */
  more: number
  /** How many each step adds. */
  step: number
  showMore: () => void
}

/**
 * One list's records in steps of LIST_PAGE_SIZE: the next step arrives when the page scrolls near its bottom
 * (onReachBottom, both builds) or from the list's own 显示更多 button. `resetKey` names what the list shows
 * (its filters and sort): when it changes, the list starts again from its first step. The step count is page
 * state, so returning from a detail page finds the list as it was left.
 */
export function usePagedList<T>(items: readonly T[], resetKey: string, step = LIST_PAGE_SIZE): PagedList<T> {
  const [limit, setLimit] = useState(step)
  const [key, setKey] = useState(resetKey)
  if (key !== resetKey) {
    setKey(resetKey)
    setLimit(step)
  }
  const more = Math.max(0, items.length - limit)
  const showMore = useCallback(() => setLimit((n) => n + step), [step])
  useReachBottom(() => {
    if (more > 0) showMore()
  })
  return { shown: more > 0 ? items.slice(0, limit) : items, total: items.length, more, step, showMore }
}

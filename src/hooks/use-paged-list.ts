import { useReachBottom } from '@tarojs/taro'
import { startTransition, useCallback, useEffect, useState } from 'react'
import { IS_H5 } from '@/platform/env'
import { whenIdle } from '@/platform/idle'

/** Records a list draws at first and adds each time the person nears its end (first render stays light at any size). */
export const LIST_PAGE_SIZE = 20

/**
 * H5: how many of a step's records the first part holds (about a phone's screen under the filters), and how many
 * each idle moment after it adds. A browser draws, lays out and paints in one task on its main thread: a whole
 * step of cards at once took 100–190 ms at 4× CPU. A page opens with its filters and counts and no cards; its
 * first part follows at once and each part renders as a transition, which React works on in 5 ms slices. weapp
 * draws a step in one setData (its budget is met).
 */
const FIRST_DRAW = 6
const DRAW_CHUNK = 5

export interface PagedList<T> {
  /** The records drawn now: the first `limit` of all of them (on H5, a step arrives in a few idle moments). */
  shown: readonly T[]
  total: number
  /** How many more there are after the current step. */
  more: number
  /** How many each step adds. */
  step: number
  /** H5: part of the current step is still being drawn. */
  drawing: boolean
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
  const [drawn, setDrawn] = useState(0)
  const [key, setKey] = useState(resetKey)
  if (key !== resetKey) {
    setKey(resetKey)
    setLimit(step)
    setDrawn(Math.min(step, FIRST_DRAW))
  }
  const more = Math.max(0, items.length - limit)
  const target = Math.min(limit, items.length)
  const drawing = IS_H5 && drawn < target
  // The first part as soon as the page is on screen, then one idle moment at a time until the step is drawn; a
  // new step or a new filter picks up from where it is.
  useEffect(() => {
    if (!drawing) return undefined
    const draw = () =>
      startTransition(() => setDrawn((n) => Math.min(n === 0 ? Math.min(step, FIRST_DRAW) : n + DRAW_CHUNK, target)))
    if (drawn === 0) {
      draw()
      return undefined
    }
    return whenIdle(draw, 200)
  }, [drawing, drawn, target, step])
  const showMore = useCallback(() => setLimit((n) => n + step), [step])
  useReachBottom(() => {
    if (more > 0) showMore()
  })
  const upTo = IS_H5 ? Math.min(limit, drawn) : limit
  return {
    shown: upTo < items.length ? items.slice(0, upTo) : items,
    total: items.length,
    more,
    step,
    drawing,
    showMore,
  }
}

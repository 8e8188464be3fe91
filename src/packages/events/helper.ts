import { daysInMonth, monthKey, type YearMonth } from '@/domain/date-calendar'
import type { EventStatus } from '@/domain/events'
import type { StatusTone } from '@/components/status-tag'

/** `2026-12` from a link, or undefined when it is not a real month. */
export function monthFromQuery(value: string): YearMonth | undefined {
  const m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(value)
  return m ? { year: Number(m[1]), month: Number(m[2]) } : undefined
}

/** A day of `view` from a link (`19`), or undefined when that month has no such day. */
export function dayFromQuery(value: string, view: YearMonth): number | undefined {
  if (!/^\d{1,2}$/.test(value)) return undefined
  const day = Number(value)
  return day >= 1 && day <= daysInMonth(view) ? day : undefined
}

/** The month shown and the day picked, as the list's URL query and share title. */
export function eventsShare(
  view: YearMonth,
  day: number | undefined,
): {
  title: string
  query: Array<readonly [string, string | undefined]>
} {
  return {
    title: `节庆活动：${view.year}年${view.month}月${day === undefined ? '' : `${day}日`}`,
    query: [
      ['month', monthKey(view)],
      ['day', day === undefined ? undefined : String(day)],
    ],
  }
}

export const STATUS_TONES: Record<EventStatus, StatusTone> = { upcoming: 'info', ongoing: 'ok', ended: 'muted' }

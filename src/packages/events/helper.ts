import type { Source } from '@/content/schema'
import { cst, type DateInput } from '@/domain/date'
import type { EventStatus, Occurrence } from '@/domain/events'
import { isSampleField } from '@/domain/records'
import type { StatusTone } from '@/components/status-tag'

export interface YearMonth {
  year: number
  /** 1–12 */
  month: number
}

/** The Beijing month of a moment. */
export function monthOf(now: DateInput): YearMonth {
  const d = cst(now)
  return { year: d.year(), month: d.month() + 1 }
}

export function stepMonth({ year, month }: YearMonth, delta: number): YearMonth {
  const index = year * 12 + (month - 1) + delta
  return { year: Math.floor(index / 12), month: (index % 12) + 1 }
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : `${n}`
}

/** `2026-12` from a link, or undefined when it is not a real month. */
export function monthFromQuery(value: string): YearMonth | undefined {
  const m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(value)
  return m ? { year: Number(m[1]), month: Number(m[2]) } : undefined
}

/** A day of `view` from a link (`19`), or undefined when that month has no such day. */
export function dayFromQuery(value: string, view: YearMonth): number | undefined {
  if (!/^\d{1,2}$/.test(value)) return undefined
  const day = Number(value)
  const days = new Date(Date.UTC(view.year, view.month, 0)).getUTCDate()
  return day >= 1 && day <= days ? day : undefined
}

/** The month shown and the day picked, as the list's URL query and share title. */
export function eventsShare(
  view: YearMonth,
  day: number | undefined,
): {
  title: string
  query: Array<readonly [string, string | undefined]>
} {
  const month = `${view.year}-${pad(view.month)}`
  return {
    title: `节庆活动：${view.year}年${view.month}月${day === undefined ? '' : `${day}日`}`,
    query: [
      ['month', month],
      ['day', day === undefined ? undefined : String(day)],
    ],
  }
}

/** `2026-12-19`, the day filter of listEvents. */
export function dayKey({ year, month }: YearMonth, day: number): string {
  return `${year}-${pad(month)}-${pad(day)}`
}

/** Today's day number when `now` falls in the shown month. */
export function todayIn(view: YearMonth, now: DateInput): number | undefined {
  const d = cst(now)
  return d.year() === view.year && d.month() + 1 === view.month ? d.date() : undefined
}

export { occurrenceLabel } from '@/domain/events'

/** `8月18日–8月22日` for cards. */
export function shortRange(occurrence: Occurrence): string {
  const start = cst(occurrence.start)
  const end = cst(occurrence.end)
  const sameDay = start.format('YYYY-MM-DD') === end.format('YYYY-MM-DD')
  const from = start.format('YYYY年M月D日')
  return sameDay ? from : `${from}–${end.format(start.year() === end.year() ? 'M月D日' : 'YYYY年M月D日')}`
}

export const STATUS_TONES: Record<EventStatus, StatusTone> = { upcoming: 'info', ongoing: 'ok', ended: 'muted' }

/**
 * A per-field 示例 badge only makes sense on a cited record; a wholly sample
 * record carries one badge by its title and says so in its source note.
 */
export function sampleField(source: Source, field: string): boolean {
  return source.kind === 'cited' && isSampleField(source, field)
}

import dayjs, { type Dayjs } from 'dayjs'
import utc from 'dayjs/plugin/utc'
import 'dayjs/locale/zh-cn'

dayjs.extend(utc)
dayjs.locale('zh-cn')

/**
 * The one date module. Every date in the content is Beijing time (UTC+8), and
 * every calculation happens in Beijing time whatever the device's zone, so a
 * visitor's phone set to another zone still sees the district's own dates.
 * "Now" is always passed in, so tests pin it.
 */
export const CST_OFFSET_MINUTES = 480
const DAY_MS = 864e5

export type DateInput = Date | number | string | Dayjs

/** A moment as a Beijing wall-clock dayjs. Plain `YYYY-MM-DD` means 00:00 Beijing time. */
export function cst(input: DateInput): Dayjs {
  if (typeof input === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(input)) {
    return dayjs(`${input}T00:00:00+08:00`).utcOffset(CST_OFFSET_MINUTES)
  }
  return dayjs(input).utcOffset(CST_OFFSET_MINUTES)
}

/** Milliseconds since the epoch of a content date or date-time. */
export function toMillis(input: DateInput): number {
  return cst(input).valueOf()
}

/** Whole calendar days (Beijing) from `from` to `to`; negative when `to` is earlier. */
export function calendarDaysBetween(from: DateInput, to: DateInput): number {
  const a = cst(from).format('YYYY-MM-DD')
  const b = cst(to).format('YYYY-MM-DD')
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY_MS)
}

/** `2026年11月26日` */
export function formatDate(input: DateInput): string {
  return cst(input).format('YYYY年M月D日')
}

/** `11月26日 周四` */
export function formatMonthDayWeek(input: DateInput): string {
  return cst(input).format('M月D日 ddd')
}

/** `11月26日 09:30` */
export function formatDateTime(input: DateInput): string {
  return cst(input).format('M月D日 HH:mm')
}

/** `YYYY-MM-DD` in Beijing time. */
export function isoDay(input: DateInput): string {
  return cst(input).format('YYYY-MM-DD')
}

/**
 * How long ago, the way people say it: 今天, 昨天, 3天前, then the date.
 * Future dates (clock skew) read as 今天.
 */
export function relativeDay(input: DateInput, now: DateInput): string {
  const days = calendarDaysBetween(input, now)
  if (days <= 0) return '今天'
  if (days === 1) return '昨天'
  if (days < 30) return `${days}天前`
  return formatDate(input)
}

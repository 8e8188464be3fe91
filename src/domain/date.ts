import { DAY_MS } from '@/content/calendar'

/**
 * The one date module. Every date in the content is Beijing time (UTC+8), and
 * every calculation happens in Beijing time whatever the device's zone, so a
 * visitor's phone set to another zone still sees the district's own dates.
 * "Now" is always passed in, so tests pin it.
 *
 * Beijing has had no daylight saving since 1991, so its wall clock is UTC's, 8 hours on: plain arithmetic on
 * epoch milliseconds does what dayjs with its UTC plugin and zh-cn locale did here, without its 4 KB gzip on
 * every H5 page's first load (home's included).
 */
export const CST_OFFSET_MINUTES = 480
export const CST_OFFSET_MS = CST_OFFSET_MINUTES * 6e4

export type DateInput = Date | number | string

/** What a moment that is no date reads as (dayjs's words, which this module used to show). */
export const INVALID_DATE = 'Invalid Date'

const PLAIN_DATE = /^\d{4}-\d{2}-\d{2}$/
/** A date-time that names its zone, as the content writes them (`2026-08-18T09:00:00+08:00`). */
const ZONED = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/

/**
 * Milliseconds since the epoch of a content date or date-time. Numbers, content dates and zoned date-times need
 * no dayjs: lists ask this of every record several times, and a dayjs each time cost a 160-event list half a
 * second at 4× CPU.
 */
export function toMillis(input: DateInput): number {
  if (typeof input === 'number') return input
  if (typeof input === 'string') {
    if (PLAIN_DATE.test(input)) return Date.parse(`${input}T00:00:00+08:00`)
    if (ZONED.test(input)) return Date.parse(input)
  }
  if (input instanceof Date) return input.getTime()
  return looseMillis(input)
}

/** dayjs's parse of other date strings: `2026-08-18 09:00` and the like in the device's zone, else the engine's. */
const LOOSE = /^(\d{4})[-/]?(\d{1,2})?[-/]?(\d{0,2})[Tt\s]*(\d{1,2})?:?(\d{1,2})?:?(\d{1,2})?[.:]?(\d+)?$/

function looseMillis(input: string): number {
  const d = /Z$/i.test(input) ? null : LOOSE.exec(input)
  if (!d) return new Date(input).getTime()
  const part = (i: number, otherwise: number) => Number(d[i] || otherwise)
  const ms = Number((d[7] || '0').slice(0, 3))
  return new Date(part(1, 0), Number(d[2]) - 1 || 0, part(3, 1), part(4, 0), part(5, 0), part(6, 0), ms).getTime()
}

/**
 * The Beijing calendar day of a moment, `YYYY-MM-DD`. Content dates and epoch milliseconds need no dayjs: lists
 * ask this of every record, several times, and building a dayjs each time made a 370-post list's first render
 * take over a second at 4× CPU.
 */
function cstDay(input: DateInput): string {
  if (typeof input === 'string' && PLAIN_DATE.test(input)) return input
  const ms = toMillis(input)
  return Number.isFinite(ms) ? new Date(ms + CST_OFFSET_MS).toISOString().slice(0, 10) : 'Invalid Date'
}

// Day numbers of the strings lists ask about (each record's dates) and of the last moment: a 370-post list asks
// about every post's deadline several times per render (list, facets, counts), against one `now`.
const dayNumbers = new Map<string, number>()
let lastMoment = { ms: Number.NaN, day: Number.NaN }

/** Days since 1970-01-01 of the Beijing calendar day of a moment (NaN for an invalid date). */
function dayNumber(input: DateInput): number {
  if (typeof input === 'number') {
    if (input !== lastMoment.ms) {
      const day = Number.isFinite(input) ? Math.floor((input + CST_OFFSET_MS) / DAY_MS) : Number.NaN
      lastMoment = { ms: input, day }
    }
    return lastMoment.day
  }
  if (typeof input !== 'string') return Date.parse(`${cstDay(input)}T00:00:00Z`) / DAY_MS
  let day = dayNumbers.get(input)
  if (day === undefined) {
    day = Date.parse(`${cstDay(input)}T00:00:00Z`) / DAY_MS
    // Content dates are a few thousand at most; anything beyond that is not a list's, and not kept.
    if (dayNumbers.size < 10000) dayNumbers.set(input, day)
  }
  return day
}

/** Whole calendar days (Beijing) from `from` to `to`; negative when `to` is earlier. */
export function calendarDaysBetween(from: DateInput, to: DateInput): number {
  return Math.round(dayNumber(to) - dayNumber(from))
}

/** zh-cn's short weekday names, as dayjs's `ddd` gave them (0 = Sunday). */
const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'] as const

/**
 * The Beijing wall clock of a moment worked out without dayjs, with its weekday; undefined for an invalid
 * moment (which then reads as `Invalid Date`). A search keystroke, a list's cards and a detail page's
 * dates format a moment each time they render: a dayjs each time cost a keystroke's six result rows about 45 ms
 * at 4× CPU.
 */
export function beijing(input: DateInput): (WallClock & { weekday: string; ms: number }) | undefined {
  const ms = toMillis(input)
  if (!Number.isFinite(ms)) return undefined
  return { ...wallClock(ms), weekday: WEEKDAYS[new Date(ms + CST_OFFSET_MS).getUTCDay()] ?? '', ms }
}

/** `2026年11月26日` */
export function formatDate(input: DateInput): string {
  const b = beijing(input)
  return b ? fullDate(b) : INVALID_DATE
}

/** `2026年11月26日` of a wall clock. */
export function fullDate(b: WallClock): string {
  return `${b.year}年${b.month}月${b.day}日`
}

/** `11月26日 周四` */
export function formatMonthDayWeek(input: DateInput): string {
  const b = beijing(input)
  return b ? `${b.month}月${b.day}日 ${b.weekday}` : INVALID_DATE
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

/** Beijing wall-clock parts of a moment. */
export interface WallClock {
  year: number
  month: number
  day: number
  hour: number
  minute: number
  second: number
  millisecond: number
}

export function wallClock(input: DateInput): WallClock {
  const ms = toMillis(input)
  if (Number.isFinite(ms)) {
    // Beijing has no daylight saving: its wall clock is UTC's, 8 hours on.
    const b = new Date(ms + CST_OFFSET_MS)
    return {
      year: b.getUTCFullYear(),
      month: b.getUTCMonth() + 1,
      day: b.getUTCDate(),
      hour: b.getUTCHours(),
      minute: b.getUTCMinutes(),
      second: b.getUTCSeconds(),
      millisecond: b.getUTCMilliseconds(),
    }
  }
  return { year: NaN, month: NaN, day: NaN, hour: NaN, minute: NaN, second: NaN, millisecond: NaN }
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

/**
 * The same Beijing wall-clock moment `years` later (or earlier), in epoch ms.
 * Plain arithmetic on the parts, so the device zone never matters; Feb 29
 * becomes Feb 28 in common years instead of rolling over into March.
 */
export function shiftYears(parts: WallClock, years: number): number {
  const year = parts.year + years
  const day = parts.month === 2 && parts.day === 29 && !isLeapYear(year) ? 28 : parts.day
  return Date.UTC(year, parts.month - 1, day, parts.hour, parts.minute, parts.second, parts.millisecond) - CST_OFFSET_MS
}

/** Two digits: `08`. */
export function pad(n: number): string {
  return n < 10 ? `0${n}` : `${n}`
}

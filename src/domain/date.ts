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
const CST_OFFSET_MS = CST_OFFSET_MINUTES * 6e4

export type DateInput = Date | number | string

/** What a moment that is no date reads as (dayjs's words, which this module used to show). */
const INVALID_DATE = 'Invalid Date'

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
function beijing(input: DateInput): (WallClock & { weekday: string; ms: number }) | undefined {
  const ms = toMillis(input)
  if (!Number.isFinite(ms)) return undefined
  return { ...wallClock(ms), weekday: WEEKDAYS[new Date(ms + CST_OFFSET_MS).getUTCDay()] ?? '', ms }
}

/** `2026年11月26日` */
export function formatDate(input: DateInput): string {
  const b = beijing(input)
  return b ? fullDate(b) : INVALID_DATE
}

function fullDate(b: WallClock): string {
  return `${b.year}年${b.month}月${b.day}日`
}

/** `11月26日 周四` */
export function formatMonthDayWeek(input: DateInput): string {
  const b = beijing(input)
  return b ? `${b.month}月${b.day}日 ${b.weekday}` : INVALID_DATE
}

/** `20270818T090000`: the Beijing wall clock as iCalendar writes a time with TZID=Asia/Shanghai. */
export function compactStamp(input: DateInput): string {
  const b = beijing(input)
  if (!b) return INVALID_DATE
  return `${year4(b.year)}${pad(b.month)}${pad(b.day)}T${pad(b.hour)}${pad(b.minute)}${pad(b.second)}`
}

/** The Beijing year of a moment, four digits: `2026`. */
export function yearLabel(input: DateInput): string {
  const b = beijing(input)
  return b ? year4(b.year) : INVALID_DATE
}

function year4(year: number): string {
  return String(year).padStart(4, '0')
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

/** Epoch ms of 00:00 Beijing on the given calendar day (month 1–12; overflowing days roll over). */
export function beijingMidnight(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) - CST_OFFSET_MS
}

/** [from, to) in epoch ms. */
export type Range = [number, number]

/** A Beijing month (1–12) as [first midnight, next month's first midnight). */
export function monthRange(year: number, month: number): Range {
  return [beijingMidnight(year, month, 1), beijingMidnight(year, month + 1, 1)]
}

/** A Beijing day as [its midnight, the next midnight). */
export function dayRange(year: number, month: number, day: number): Range {
  const from = beijingMidnight(year, month, day)
  return [from, from + DAY_MS]
}

/** Days of the month (1–31) that the inclusive span [start, end] touches within a month's range. */
export function daysTouched(start: number, end: number, [from, to]: Range): number[] {
  const first = Math.floor((Math.max(start, from) - from) / DAY_MS) + 1
  const last = Math.floor((Math.min(end, to - 1) - from) / DAY_MS) + 1
  const days: number[] = []
  for (let day = first; day <= last; day += 1) days.push(day)
  return days
}

/** Beijing calendar day number (days since 1970-01-01) and minute of that day. */
export function beijingClock(now: DateInput): { day: number; minute: number } {
  const b = beijing(now)
  if (b) return { day: Math.floor((b.ms + CST_OFFSET_MS) / DAY_MS), minute: b.hour * 60 + b.minute }
  return { day: NaN, minute: NaN }
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : `${n}`
}

/** Calendar facts of a day number; computed in UTC so the device zone never enters. */
export function dayFacts(day: number): { monthDay: string; weekday: number; month: number; date: number } {
  const d = new Date(day * DAY_MS)
  const month = d.getUTCMonth() + 1
  const date = d.getUTCDate()
  return { monthDay: `${pad(month)}-${pad(date)}`, weekday: d.getUTCDay(), month, date }
}

export interface YearMonth {
  year: number
  /** 1–12 */
  month: number
}

/** The Beijing month of a moment. */
export function monthOf(now: DateInput): YearMonth {
  const { year, month } = wallClock(now)
  return { year, month }
}

export function stepMonth({ year, month }: YearMonth, delta: number): YearMonth {
  const index = year * 12 + (month - 1) + delta
  return { year: Math.floor(index / 12), month: (index % 12) + 1 }
}

/** Days in a month: 28–31. */
export function daysInMonth({ year, month }: YearMonth): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/** Weekday (0 = Sunday) of the first day of a month; UTC arithmetic, so the device zone never matters. */
export function firstWeekday({ year, month }: YearMonth): number {
  return new Date(Date.UTC(year, month - 1, 1)).getUTCDay()
}

/** `2026-12` */
export function monthKey({ year, month }: YearMonth): string {
  return `${year}-${pad(month)}`
}

/** `2026-12-19`, the day filter of listEvents. */
export function dayKey({ year, month }: YearMonth, day: number): string {
  return `${year}-${pad(month)}-${pad(day)}`
}

/** Today's day number when `now` falls in the shown month. */
export function todayIn(view: YearMonth, now: DateInput): number | undefined {
  const d = wallClock(now)
  return d.year === view.year && d.month === view.month ? d.day : undefined
}

/**
 * `2027年8月18日 09:00 至 8月22日 17:00`; one day: `2026年9月23日 周三 09:00–16:00`.
 * The year is always given: annual festivals may be next year's run.
 */
export function spanLabel({ start: from, end: to }: { start: number; end: number }): string {
  const start = beijing(from)
  const end = beijing(to)
  const time = (b: WallClock) => `${pad(b.hour)}:${pad(b.minute)}`
  // A moment that is no date reads as Invalid Date, as dayjs wrote it (both invalid: one "day", so a "–").
  if (!start && !end) return `${INVALID_DATE}–${INVALID_DATE}`
  if (!start || !end) {
    const known = (b: WallClock | undefined) => (b ? `${fullDate(b)} ${time(b)}` : INVALID_DATE)
    return `${known(start)} 至 ${known(end)}`
  }
  if (sameDay(start, end)) return `${fullDate(start)} ${start.weekday} ${time(start)}–${time(end)}`
  return `${fullDate(start)} ${time(start)} 至 ${start.year === end.year ? `${end.month}月${end.day}日` : fullDate(end)} ${time(end)}`
}

function sameDay(a: WallClock, b: WallClock): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day
}

/** `8月18日–8月22日` for cards. */
export function shortSpanLabel({ start: from, end: to }: { start: number; end: number }): string {
  const start = beijing(from)
  const end = beijing(to)
  if (!start && !end) return INVALID_DATE
  if (!start || !end) return `${start ? fullDate(start) : INVALID_DATE}–${end ? fullDate(end) : INVALID_DATE}`
  const first = fullDate(start)
  if (sameDay(start, end)) return first
  return `${first}–${start.year === end.year ? '' : `${end.year}年`}${end.month}月${end.day}日`
}

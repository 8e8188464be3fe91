import dayjs, { type Dayjs } from 'dayjs'
import utc from 'dayjs/plugin/utc'
import 'dayjs/locale/zh-cn'
import { DAY_MS } from '@/content/calendar'

dayjs.extend(utc)
dayjs.locale('zh-cn')

/**
 * The one date module. Every date in the content is Beijing time (UTC+8), and
 * every calculation happens in Beijing time whatever the device's zone, so a
 * visitor's phone set to another zone still sees the district's own dates.
 * "Now" is always passed in, so tests pin it.
 */
export const CST_OFFSET_MINUTES = 480
const CST_OFFSET_MS = CST_OFFSET_MINUTES * 6e4

export type DateInput = Date | number | string | Dayjs

/** A moment as a Beijing wall-clock dayjs. Plain `YYYY-MM-DD` means 00:00 Beijing time. */
export function cst(input: DateInput): Dayjs {
  if (typeof input === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(input)) {
    return dayjs(`${input}T00:00:00+08:00`).utcOffset(CST_OFFSET_MINUTES)
  }
  return dayjs(input).utcOffset(CST_OFFSET_MINUTES)
}

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
  return cst(input).valueOf()
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

/** zh-cn's short weekday names, as dayjs's `ddd` gives them (0 = Sunday). */
const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'] as const

/**
 * The Beijing wall clock of a moment worked out without dayjs, with its weekday; undefined for an invalid
 * moment (then dayjs formats it, as `Invalid Date`). A search keystroke, a list's cards and a detail page's
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
  return b ? `${b.year}年${b.month}月${b.day}日` : cst(input).format('YYYY年M月D日')
}

/** `11月26日 周四` */
export function formatMonthDayWeek(input: DateInput): string {
  const b = beijing(input)
  return b ? `${b.month}月${b.day}日 ${b.weekday}` : cst(input).format('M月D日 ddd')
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
  const d = cst(input)
  return {
    year: d.year(),
    month: d.month() + 1,
    day: d.date(),
    hour: d.hour(),
    minute: d.minute(),
    second: d.second(),
    millisecond: d.millisecond(),
  }
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
  const t = cst(now)
  return {
    day: Math.round(Date.parse(`${t.format('YYYY-MM-DD')}T00:00:00Z`) / DAY_MS),
    minute: t.hour() * 60 + t.minute(),
  }
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
  if (!start || !end) return dayjsSpanLabel(from, to)
  const time = (b: WallClock) => `${pad(b.hour)}:${pad(b.minute)}`
  const date = (b: WallClock) => `${b.year}年${b.month}月${b.day}日`
  if (sameDay(start, end)) return `${date(start)} ${start.weekday} ${time(start)}–${time(end)}`
  return `${date(start)} ${time(start)} 至 ${start.year === end.year ? `${end.month}月${end.day}日` : date(end)} ${time(end)}`
}

function sameDay(a: WallClock, b: WallClock): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day
}

/** spanLabel of moments one of which is invalid: dayjs's own words for it. */
function dayjsSpanLabel(from: number, to: number): string {
  const start = cst(from)
  const end = cst(to)
  if (start.format('YYYY-MM-DD') === end.format('YYYY-MM-DD')) {
    return `${start.format('YYYY年M月D日 ddd HH:mm')}–${end.format('HH:mm')}`
  }
  return `${start.format('YYYY年M月D日 HH:mm')} 至 ${end.format(start.year() === end.year() ? 'M月D日 HH:mm' : 'YYYY年M月D日 HH:mm')}`
}

/** `8月18日–8月22日` for cards. */
export function shortSpanLabel({ start: from, end: to }: { start: number; end: number }): string {
  const start = beijing(from)
  const end = beijing(to)
  if (!start || !end) {
    const s = cst(from)
    const e = cst(to)
    const first = s.format('YYYY年M月D日')
    return s.format('YYYY-MM-DD') === e.format('YYYY-MM-DD')
      ? first
      : `${first}–${e.format(s.year() === e.year() ? 'M月D日' : 'YYYY年M月D日')}`
  }
  const first = `${start.year}年${start.month}月${start.day}日`
  if (sameDay(start, end)) return first
  return `${first}–${start.year === end.year ? '' : `${end.year}年`}${end.month}月${end.day}日`
}

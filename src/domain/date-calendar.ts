import { DAY_MS } from '@/content/calendar'
import { beijing, CST_OFFSET_MS, fullDate, INVALID_DATE, pad, wallClock, type DateInput, type WallClock } from './date'

/*
 * Dates on a calendar, in Beijing time: months, day ranges, spans of days and their labels, iCalendar stamps.
 * Apart from date.ts (a moment's day, wall clock and labels), so home's first load carries only that.
 */

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

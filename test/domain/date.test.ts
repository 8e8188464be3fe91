import { isRealDate, millisBetween } from '@/content/calendar'
import { calendarDaysBetween, formatDate, formatMonthDayWeek, shiftYears, wallClock } from '@/domain/date'
import {
  beijingClock,
  daysInMonth,
  firstWeekday,
  monthOf,
  shortSpanLabel,
  spanLabel,
  todayIn,
} from '@/domain/date-calendar'

// Calendar facts, checked against a printed calendar (26 Nov 2026 is a Thursday).
describe('the one date module', () => {
  it.each([
    [2024, 2, 29],
    [2026, 2, 28],
    [2026, 11, 30],
    [2026, 12, 31],
  ])('%i-%i has %i days', (year, month, days) => {
    expect(daysInMonth({ year, month })).toBe(days)
  })

  it.each([
    [2026, 11, 0],
    [2026, 12, 2],
    [2026, 2, 0],
  ])('%i-%i starts on weekday %i (0 = Sunday)', (year, month, weekday) => {
    expect(firstWeekday({ year, month })).toBe(weekday)
  })

  it.each([
    ['2024-02-29', true],
    ['2026-02-29', false],
    ['2026-02-30T08:00:00+08:00', false],
    ['2026-04-31', false],
    ['2026-12-31', true],
  ])('%s is a real date: %p', (value, real) => {
    expect(isRealDate(value)).toBe(real)
  })

  it('moves 29 February to the 28th in a common year, keeping the Beijing time', () => {
    expect(new Date(shiftYears(wallClock('2024-02-29T09:30+08:00'), 1)).toISOString()).toBe('2025-02-28T01:30:00.000Z')
  })

  it('measures between two content times', () => {
    expect(millisBetween('2026-07-01T09:00+08:00', '2026-07-01T10:30+08:00')).toBe(90 * 60 * 1000)
  })

  it('counts Beijing calendar days, asked again and again with moments either side of midnight', () => {
    // 2026-12-01 00:00 Beijing is 2026-11-30T16:00Z; one millisecond before it is still 30 November there.
    const beforeMidnight = Date.parse('2026-11-30T15:59:59.999Z')
    const atMidnight = Date.parse('2026-11-30T16:00:00Z')
    for (let i = 0; i < 2; i++) {
      expect(calendarDaysBetween(beforeMidnight, '2026-12-01')).toBe(1)
      expect(calendarDaysBetween(atMidnight, '2026-12-01')).toBe(0)
      expect(calendarDaysBetween('2026-12-01', beforeMidnight)).toBe(-1)
      expect(calendarDaysBetween('2026-12-31T23:30:00+08:00', '2027-01-01')).toBe(1)
      expect(calendarDaysBetween('2026-12-31T23:30:00Z', '2027-01-01')).toBe(0)
    }
    expect(calendarDaysBetween(Number.NaN, '2026-12-01')).toBeNaN()
    expect(calendarDaysBetween('not a date', '2026-12-01')).toBeNaN()
  })

  // These tests run in New York (jest.config.js), which left summer time on 1 November 2026 and began it on
  // 8 March 2026: Beijing's own hours on those days must not move by the device's hour.
  it.each([
    ['2026-11-01T09:00:00+08:00', '2026-11-01T16:00:00+08:00', '2026年11月1日 周日 09:00–16:00', '2026年11月1日'],
    ['2026-03-08T09:00:00+08:00', '2026-03-08T16:30:00+08:00', '2026年3月8日 周日 09:00–16:30', '2026年3月8日'],
    [
      '2026-08-18T09:00:00+08:00',
      '2026-08-22T17:00:00+08:00',
      '2026年8月18日 09:00 至 8月22日 17:00',
      '2026年8月18日–8月22日',
    ],
    [
      '2026-12-31T19:00:00+08:00',
      '2027-01-02T10:00:00+08:00',
      '2026年12月31日 19:00 至 2027年1月2日 10:00',
      '2026年12月31日–2027年1月2日',
    ],
  ])('says %s to %s in Beijing time whatever the device zone', (start, end, long, short) => {
    const span = { start: Date.parse(start), end: Date.parse(end) }
    expect(spanLabel(span)).toBe(long)
    expect(shortSpanLabel(span)).toBe(short)
  })

  it('formats a day, its weekday, its month and its minute in Beijing time', () => {
    // 2026-11-26 00:30 Beijing is still 25 November in UTC (and in New York).
    const lateNight = Date.parse('2026-11-26T00:30:00+08:00')
    expect(formatDate(lateNight)).toBe('2026年11月26日')
    expect(formatDate('2026-11-26')).toBe('2026年11月26日')
    expect(formatMonthDayWeek(lateNight)).toBe('11月26日 周四')
    expect(formatMonthDayWeek('2026-11-29T10:00:00+08:00')).toBe('11月29日 周日')
    expect(monthOf(Date.parse('2026-12-01T00:10:00+08:00'))).toEqual({ year: 2026, month: 12 })
    expect(todayIn({ year: 2026, month: 11 }, lateNight)).toBe(26)
    expect(todayIn({ year: 2026, month: 12 }, lateNight)).toBeUndefined()
    expect(beijingClock(Date.parse('2026-11-01T09:05:00+08:00')).minute).toBe(9 * 60 + 5)
    expect(formatDate('not a date')).toBe('Invalid Date')
  })

  // Dates the content never holds (its schema takes plain and zoned ones only) read as they did when this module
  // was built on dayjs: other strings in the device's zone (New York here, summer time in August: UTC−4), and
  // Invalid Date for what is no date.
  it('reads other date strings in the device zone, as dayjs did', () => {
    expect(formatMonthDayWeek('2026-08-18 09:00')).toBe('8月18日 周二')
    expect(wallClock('2026-08-18 09:00')).toMatchObject({ day: 18, hour: 21, minute: 0 })
    expect(wallClock('2026/08/18')).toMatchObject({ day: 18, hour: 12 })
    expect(wallClock('2026-08')).toMatchObject({ month: 8, day: 1, hour: 12 })
    expect(wallClock('2026-08-18T20:30:00Z')).toMatchObject({ day: 19, hour: 4, minute: 30 })
    expect(wallClock(new Date(Date.UTC(2026, 7, 18, 1)))).toMatchObject({ day: 18, hour: 9 })
  })

  it('says Invalid Date for a moment that is no date, as dayjs did', () => {
    const day = Date.parse('2026-11-26T09:00:00+08:00')
    expect(formatMonthDayWeek('not a date')).toBe('Invalid Date')
    expect(spanLabel({ start: Number.NaN, end: Number.NaN })).toBe('Invalid Date–Invalid Date')
    expect(spanLabel({ start: day, end: Number.NaN })).toBe('2026年11月26日 09:00 至 Invalid Date')
    expect(spanLabel({ start: Number.NaN, end: day })).toBe('Invalid Date 至 2026年11月26日 09:00')
    expect(shortSpanLabel({ start: Number.NaN, end: Number.NaN })).toBe('Invalid Date')
    expect(shortSpanLabel({ start: day, end: Number.NaN })).toBe('2026年11月26日–Invalid Date')
    expect(shortSpanLabel({ start: Number.NaN, end: day })).toBe('Invalid Date–2026年11月26日')
    expect(wallClock('not a date').year).toBeNaN()
    expect(beijingClock('not a date').day).toBeNaN()
    expect(beijingClock('not a date').minute).toBeNaN()
  })
})

import { isRealDate, millisBetween } from '@/content/calendar'
import {
  beijingClock,
  calendarDaysBetween,
  daysInMonth,
  firstWeekday,
  formatDate,
  formatMonthDayWeek,
  monthOf,
  shiftYears,
  shortSpanLabel,
  spanLabel,
  todayIn,
  wallClock,
} from '@/domain/date'

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
})

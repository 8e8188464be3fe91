import { isRealDate, millisBetween } from '@/content/calendar'
import { calendarDaysBetween, daysInMonth, firstWeekday, shiftYears, wallClock } from '@/domain/date'

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
})

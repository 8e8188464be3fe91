import { View, Text } from '@tarojs/components'
import { daysInMonth, firstWeekday } from '@/domain/date-calendar'
import { IS_H5 } from '@/platform/env'
import './index.scss'

export interface MonthCalendarProps {
  year: number
  /** 1–12 */
  month: number
  /** Days of the month (1–31) that have something on. */
  marked: readonly number[]
  /** Marked days on which something begins: shown strongly; the other marked days (a long event going on) lightly. */
  starts?: readonly number[]
  /** Day of this month to show as chosen. */
  selected?: number
  /** Day of this month that is today, if it is this month. */
  today?: number
  onPrev: () => void
  onNext: () => void
  /** Tapping a marked day; tapping the chosen day again clears it (undefined). */
  onSelect: (day: number | undefined) => void
}

const WEEK_HEAD = ['一', '二', '三', '四', '五', '六', '日'] as const

// H5 only: keyboard focus for the calendar's buttons (weapp has no keyboard focus).
const FOCUSABLE = IS_H5 ? { tabIndex: 0 } : {}

/** Leading blanks (Monday first) and the number of days. */
export function monthGrid(year: number, month: number): Array<number | null> {
  const first = firstWeekday({ year, month })
  const days = daysInMonth({ year, month })
  const cells: Array<number | null> = Array.from({ length: (first + 6) % 7 }, () => null)
  for (let d = 1; d <= days; d += 1) cells.push(d)
  while (cells.length % 7 !== 0) cells.push(null)
  return cells
}

/** A month grid that marks days with events (start days strongly, days of a running event lightly); prev/next month; marked days can be tapped. */
export function MonthCalendar({
  year,
  month,
  marked,
  starts = marked,
  selected,
  today,
  onPrev,
  onNext,
  onSelect,
}: MonthCalendarProps) {
  const marks = new Set(marked)
  const begins = new Set(starts)
  const cells = monthGrid(year, month)
  const weeks: Array<Array<number | null>> = []
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7))
  return (
    <View className='sy-cal'>
      <View className='sy-cal__head'>
        <View className='sy-cal__nav' role='button' {...FOCUSABLE} onClick={onPrev}>
          <Text>‹ 上个月</Text>
        </View>
        <Text className='sy-cal__title'>
          {year}年{month}月
        </Text>
        <View className='sy-cal__nav' role='button' {...FOCUSABLE} onClick={onNext}>
          <Text>下个月 ›</Text>
        </View>
      </View>
      <View className='sy-cal__row sy-cal__row--head' aria-hidden='true'>
        {WEEK_HEAD.map((w) => (
          <Text key={w} className='sy-cal__cell sy-cal__weekday'>
            {w}
          </Text>
        ))}
      </View>
      {weeks.map((week, wi) => (
        <View key={wi} className='sy-cal__row'>
          {week.map((day, di) => {
            if (day === null) return <View key={`b${di}`} className='sy-cal__cell' />
            const on = marks.has(day)
            const classes = [
              'sy-cal__cell',
              'sy-cal__day',
              on ? 'sy-cal__day--marked' : '',
              on && begins.has(day) ? 'sy-cal__day--start' : '',
              day === selected ? 'sy-cal__day--selected' : '',
              day === today ? 'sy-cal__day--today' : '',
            ]
              .filter(Boolean)
              .join(' ')
            if (!on) {
              return (
                <View key={day} className={classes}>
                  <Text>{day}</Text>
                </View>
              )
            }
            return (
              <View
                key={day}
                className={classes}
                role='button'
                {...FOCUSABLE}
                ariaLabel={`${month}月${day}日 ${begins.has(day) ? '有活动开始' : '有活动进行中'}`}
                aria-pressed={day === selected ? 'true' : 'false'}
                onClick={() => onSelect(day === selected ? undefined : day)}
              >
                <Text>{day}</Text>
                <Text className='sy-cal__dot' aria-hidden='true'>
                  {begins.has(day) ? '开始' : '•'}
                </Text>
              </View>
            )
          })}
        </View>
      ))}
    </View>
  )
}

import { View, Text } from '@tarojs/components'
import type { CategoryOverview } from '@/domain/livelihood'
import { keyboardProps, roleProps } from '@/components/a11y-props'
import './index.scss'

export interface CategoryChartProps {
  rows: readonly CategoryOverview[]
  /** The category the list is filtered by, if any. */
  selected?: string
  /** Tapping a row filters by it; tapping the selected row clears the filter. */
  onSelect: (category: string | undefined) => void
}

/** Average progress per category as horizontal CSS bars; every row is a filter button. */
export function CategoryChart({ rows, selected, onSelect }: CategoryChartProps) {
  return (
    <View className='sy-cat-chart'>
      {rows.map((row) => {
        const on = row.category === selected
        const tap = () => onSelect(on ? undefined : row.category)
        return (
          <View
            key={row.category}
            className={`sy-cat-chart__row ${on ? 'sy-cat-chart__row--on' : ''}`}
            {...roleProps('button')}
            {...keyboardProps(tap)}
            aria-pressed={on ? 'true' : 'false'}
            onClick={tap}
          >
            <View className='sy-cat-chart__head'>
              <Text className='sy-cat-chart__name'>{row.category}</Text>
              <Text className='sy-cat-chart__count'>
                {row.count}项 · 完成{row.done} · {row.averageProgress}%
              </Text>
            </View>
            <View className='sy-cat-chart__track' aria-hidden='true'>
              <View className='sy-cat-chart__fill' style={{ width: `${row.averageProgress}%` }} />
            </View>
          </View>
        )
      })}
    </View>
  )
}

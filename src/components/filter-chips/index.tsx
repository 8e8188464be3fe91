import { View, Text } from '@tarojs/components'
import { keyboardProps, roleProps } from '@/components/a11y-props'
import './index.scss'

export interface ChipOption<T extends string> {
  value: T
  label: string
  count?: number
}

export interface FilterChipsProps<T extends string> {
  /** Read out before the options, e.g. 类别. */
  label: string
  options: ReadonlyArray<ChipOption<T>>
  /** undefined = 全部 */
  value: T | undefined
  onChange: (value: T | undefined) => void
  /** Text of the "no filter" chip; omit to have none. */
  allLabel?: string
}

/** One row of single-choice filter chips with counts, tap again to clear. */
export function FilterChips<T extends string>({
  label,
  options,
  value,
  onChange,
  allLabel = '全部',
}: FilterChipsProps<T>) {
  return (
    <View className='sy-chips' {...roleProps('group')} ariaLabel={label}>
      <Text className='sy-chips__label'>{label}</Text>
      <View className='sy-chips__row'>
        {allLabel && (
          <View
            className={`sy-chip ${value === undefined ? 'sy-chip--on' : ''}`}
            {...roleProps('button')}
            {...keyboardProps(() => onChange(undefined))}
            aria-pressed={value === undefined ? 'true' : 'false'}
            onClick={() => onChange(undefined)}
          >
            <Text>{allLabel}</Text>
          </View>
        )}
        {options.map((o) => (
          <View
            key={o.value}
            className={`sy-chip ${value === o.value ? 'sy-chip--on' : ''} ${o.count === 0 ? 'sy-chip--empty' : ''}`}
            {...roleProps('button')}
            {...keyboardProps(() => onChange(value === o.value ? undefined : o.value))}
            aria-pressed={value === o.value ? 'true' : 'false'}
            onClick={() => onChange(value === o.value ? undefined : o.value)}
          >
            <Text>
              {o.label}
              {o.count !== undefined ? ` ${o.count}` : ''}
            </Text>
          </View>
        ))}
      </View>
    </View>
  )
}

import { View, Text } from '@tarojs/components'
import { useState, type ReactNode } from 'react'
import { keyboardProps, roleProps } from '@/components/a11y-props'
import { ActionButton } from '@/components/action-button'
import './index.scss'

export interface FilterBarProps {
  /** What is chosen now, in words (太平镇, 公益岗位); empty means nothing is filtered. */
  chosen: readonly string[]
  /** How many results the choice leaves, as a sentence: 共 12 个岗位. */
  count: string
  /** Clears every choice at once; the bar offers it only while something is chosen. */
  onClear: () => void
  /** The choices (filter chips, a calendar), shown when the bar is opened. */
  children: ReactNode
  /** Name of the bar, read out and shown before the choice: 筛选, 日期. */
  label?: string
  /** Shown as the choice when nothing is chosen. */
  noneLabel?: string
  /** Open at first, e.g. when a link arrived with a choice the person may want to change. */
  defaultOpen?: boolean
}

/**
 * Results first: one compact line above a list with the current choice, the number
 * of results and a one-tap 清除筛选; tapping the line opens the choices under it, which end with
 * 看结果 (folds them away again).
 */
export function FilterBar({
  chosen,
  count,
  onClear,
  children,
  label = '筛选',
  noneLabel = '全部',
  defaultOpen = false,
}: FilterBarProps) {
  const [open, setOpen] = useState(defaultOpen)
  const toggle = () => setOpen((o) => !o)
  const current = chosen.length > 0 ? chosen.join(' · ') : noneLabel
  return (
    <View className={`sy-filterbar ${open ? 'sy-filterbar--open' : ''}`}>
      <View className='sy-filterbar__bar'>
        <View
          className='sy-filterbar__toggle'
          {...roleProps('button')}
          ariaLabel={`${label}：${current}，${open ? '收起选项' : '展开选项'}`}
          aria-expanded={open ? 'true' : 'false'}
          {...keyboardProps(toggle)}
          onClick={toggle}
        >
          <Text className='sy-filterbar__label'>{label}</Text>
          <Text className={`sy-filterbar__current ${chosen.length > 0 ? 'sy-filterbar__current--on' : ''}`}>
            {current}
          </Text>
          <Text className='sy-filterbar__more'>{open ? '收起' : '展开'}</Text>
        </View>
        {chosen.length > 0 && (
          <View className='sy-filterbar__clear' {...roleProps('button')} {...keyboardProps(onClear)} onClick={onClear}>
            <Text>清除筛选</Text>
          </View>
        )}
      </View>
      {open && (
        <View className='sy-filterbar__choices'>
          {children}
          {/* The choices can fill the screen: this folds them away and shows the list they leave. */}
          <View className='sy-filterbar__done'>
            <ActionButton label='看结果' primary onTap={() => setOpen(false)} />
          </View>
        </View>
      )}
      <Text className='sy-filterbar__count' aria-live='polite'>
        {count}
      </Text>
    </View>
  )
}

import { View, Text } from '@tarojs/components'
import { keyboardProps, roleProps } from '@/components/a11y-props'
import './index.scss'

export interface QuickItem {
  key: string
  label: string
  /** A second line: what's there, e.g. 63 项. */
  hint?: string
  /** A short glyph shown large above the label (plain text, no icon font). */
  glyph: string
  onTap: () => void
}

export interface QuickGridProps {
  items: readonly QuickItem[]
}

/** The home page's services, three to a row, each one big target. */
export function QuickGrid({ items }: QuickGridProps) {
  return (
    <View className='sy-grid'>
      {items.map((item) => (
        <View
          key={item.key}
          className='sy-grid__item'
          {...roleProps('button')}
          onClick={item.onTap}
          {...keyboardProps(item.onTap)}
        >
          <Text className='sy-grid__glyph' aria-hidden='true'>
            {item.glyph}
          </Text>
          <Text className='sy-grid__label'>{item.label}</Text>
          {item.hint && <Text className='sy-grid__hint'>{item.hint}</Text>}
        </View>
      ))}
    </View>
  )
}

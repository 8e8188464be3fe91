import { View, Text } from '@tarojs/components'
import { ActionButton } from '@/components/action-button'
import type { PagedList } from '@/hooks/use-paged-list'
import './index.scss'

export interface ListMoreProps {
  list: PagedList<unknown>
  /** What the records are, counted: 个岗位, 项政策 … */
  unit: string
}

/** The end of a list drawn in steps: how many are shown of how many, and a button for the next step. */
export function ListMore({ list, unit }: ListMoreProps) {
  // While a step is still being drawn (H5), its count would name cards not on screen yet.
  if (list.total <= list.step || list.drawing) return null
  const shown = list.total - list.more
  return (
    <View className='sy-list-more'>
      <Text className='sy-list-more__count'>
        {list.more > 0 ? `已显示 ${shown} ${unit}，共 ${list.total} ${unit}` : `已显示全部 ${list.total} ${unit}`}
      </Text>
      {list.more > 0 && (
        <ActionButton label={`再显示 ${Math.min(list.more, list.step)} ${unit}`} onTap={list.showMore} />
      )}
    </View>
  )
}

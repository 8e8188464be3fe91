import { View, Text } from '@tarojs/components'
import { keyboardProps, roleProps } from '@/components/a11y-props'
import { callPhone } from '@/platform/phone'
import { HOTLINES, type Hotline } from './hotlines'
import './index.scss'

export interface HotlineListProps {
  /** Defaults to every public line. */
  lines?: readonly Hotline[]
}

/** One tap calls; each line says what it is for. */
export function HotlineList({ lines = HOTLINES }: HotlineListProps) {
  return (
    <View className='sy-hotlines'>
      {lines.map((line) => (
        <View
          key={line.number}
          className='sy-hotline'
          {...roleProps('button')}
          onClick={() => void callPhone(line.number)}
          {...keyboardProps(() => void callPhone(line.number))}
        >
          <View className='sy-hotline__text'>
            <Text className='sy-hotline__name'>{line.name}</Text>
            <Text className='sy-hotline__use'>{line.use}</Text>
          </View>
          <Text className='sy-hotline__number'>{line.number}</Text>
          <Text className='sy-hotline__call'>拨打</Text>
        </View>
      ))}
    </View>
  )
}

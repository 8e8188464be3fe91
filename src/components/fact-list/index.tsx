import { View, Text } from '@tarojs/components'
import { SampleBadge } from '@/components/sample-badge'
import './index.scss'

export interface Fact {
  label: string
  value: string
  /** Invented value: shows the 示例 badge beside it. */
  sample?: boolean
}

/** Label–value rows (时间、地点、门票…); wraps rather than clips when text is enlarged. */
export function FactList({ facts }: { facts: readonly Fact[] }) {
  return (
    <View className='sy-facts'>
      {facts.map((f) => (
        <View key={f.label} className='sy-facts__row'>
          <Text className='sy-facts__label'>{f.label}</Text>
          <Text className='sy-facts__value'>
            {f.value}
            {f.sample && <SampleBadge after={f.value} />}
          </Text>
        </View>
      ))}
    </View>
  )
}

import { View, Text } from '@tarojs/components'
import type { Edition } from '@/content/schema'
import './index.scss'

export const DEMO_BANNER_TEXT = '演示数据，不是官方发布'

/** One calm line at the top of every screen while the content is the demo edition. */
export function DemoBanner({ edition }: { edition: Edition }) {
  if (edition !== 'demo') return null
  return (
    <View className='sy-demo-banner' role='note'>
      <Text>{DEMO_BANNER_TEXT}</Text>
    </View>
  )
}

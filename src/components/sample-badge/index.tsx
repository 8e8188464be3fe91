import { Text } from '@tarojs/components'
import './index.scss'

/** Marks sample data: anything not taken from the district's own text. */
export function SampleBadge() {
  return <Text className='sy-sample-badge'>示例</Text>
}

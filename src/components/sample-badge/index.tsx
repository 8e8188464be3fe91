import { Text } from '@tarojs/components'
import './index.scss'

export interface SampleBadgeProps {
  /** The text the badge follows: when it already says 示例 (冰雪乐园（示例）), a badge would only repeat it. */
  after?: string
}

/** Marks sample data: anything not taken from the district's own text. */
export function SampleBadge({ after }: SampleBadgeProps) {
  if (after?.includes('示例')) return null
  return <Text className='sy-sample-badge'>示例</Text>
}

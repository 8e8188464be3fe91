import { Text } from '@tarojs/components'
import type { Collection } from '@/content/labels'
import type { Source } from '@/content/schema'
import { recordMark } from '@/domain/records'
import './index.scss'

export interface SampleBadgeProps {
  /** The text the badge follows: when it already says 示例 (冰雪乐园（示例）), a badge would only repeat it. */
  after?: string
  /**
   * Given, the badge marks a whole record by the one rule (`recordMark`): 示例, 一般指引 for a policy, or
   * nothing for a cited record. Without it, the badge marks one invented field of a cited record.
   */
  record?: { source: Pick<Source, 'kind'>; collection: Collection }
}

/** Marks sample data: anything not taken from the district's own text. */
export function SampleBadge({ after, record }: SampleBadgeProps) {
  const mark = record
    ? recordMark(record.source, record.collection, after)
    : after?.includes('示例')
      ? undefined
      : '示例'
  if (!mark) return null
  return <Text className='sy-sample-badge'>{mark}</Text>
}

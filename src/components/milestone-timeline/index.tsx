import { View, Text } from '@tarojs/components'
import type { Milestone } from '@/content/schema'
import { formatDate } from '@/domain/date'
import { nextMilestone, sortedMilestones } from '@/domain/livelihood'
import './index.scss'

export interface MilestoneTimelineProps {
  milestones: readonly Milestone[]
}

/** Oldest first; each step says in words whether it is done, and the next one is marked 下一步. */
export function MilestoneTimeline({ milestones }: MilestoneTimelineProps) {
  const steps = sortedMilestones(milestones)
  const next = nextMilestone(milestones)
  if (steps.length === 0) return <Text className='sy-timeline__none'>暂无进展节点</Text>
  return (
    <View className='sy-timeline'>
      {steps.map((m, i) => {
        const state = m.done ? 'done' : m === next ? 'next' : 'todo'
        return (
          <View key={`${m.date}-${i}`} className={`sy-timeline__step sy-timeline__step--${state}`}>
            <View className='sy-timeline__mark' aria-hidden='true'>
              <Text className='sy-timeline__dot'>{m.done ? '✓' : ''}</Text>
            </View>
            <View className='sy-timeline__body'>
              <Text className='sy-timeline__date'>
                {formatDate(m.date)}
                <Text className='sy-timeline__state'>{m.done ? '已完成' : m === next ? '下一步' : '未完成'}</Text>
              </Text>
              <Text className='sy-timeline__title'>{m.title}</Text>
            </View>
          </View>
        )
      })}
    </View>
  )
}

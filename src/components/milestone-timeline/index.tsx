import { View, Text } from '@tarojs/components'
import type { Milestone } from '@/content/schema'
import { calendarDaysBetween, formatDate } from '@/domain/date'
import { nextMilestone, sortedMilestones } from '@/domain/livelihood'
import { useNow } from '@/hooks/use-now'
import './index.scss'

export interface MilestoneTimelineProps {
  milestones: readonly Milestone[]
}

/**
 * Oldest first; each step says in words where it stands: 已完成, 下一步 for the next one, 计划中 for one
 * still ahead, 未完成 only for one whose date has passed without it being done.
 */
export function MilestoneTimeline({ milestones }: MilestoneTimelineProps) {
  const steps = sortedMilestones(milestones)
  const next = nextMilestone(milestones)
  const now = useNow()
  const label = (m: Milestone): string => {
    if (m.done) return '已完成'
    if (m === next) return '下一步'
    return calendarDaysBetween(now, m.date) >= 0 ? '计划中' : '未完成'
  }
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
                <Text className='sy-timeline__state'>{label(m)}</Text>
              </Text>
              <Text className='sy-timeline__title'>{m.title}</Text>
            </View>
          </View>
        )
      })}
    </View>
  )
}

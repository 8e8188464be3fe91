import { View, Text } from '@tarojs/components'
import { roleProps } from '@/components/a11y-props'
import './index.scss'

export interface ProgressBarProps {
  /** 0–100; anything else is clamped. */
  value: number
  /** Read out with the value, e.g. 153中学异地新建 进度. */
  label: string
  /** Show the percentage as text beside the bar. */
  showValue?: boolean
  tone?: 'done' | 'active' | 'idle'
  large?: boolean
}

function clamp(value: number): number {
  if (!Number.isFinite(value)) return 0
  return Math.min(100, Math.max(0, Math.round(value)))
}

/** A plain CSS bar: the track's height is fixed, the text beside it is not, so 长辈版 never clips it. */
export function ProgressBar({ value, label, showValue = true, tone = 'active', large }: ProgressBarProps) {
  const percent = clamp(value)
  return (
    <View className={`sy-progress sy-progress--${tone} ${large ? 'sy-progress--large' : ''}`}>
      <View
        className='sy-progress__track'
        {...roleProps('progressbar')}
        ariaLabel={`${label} ${percent}%`}
        aria-valuenow={percent}
        aria-valuemin={0}
        aria-valuemax={100}
      >
        <View className='sy-progress__fill' style={{ width: `${percent}%` }} />
      </View>
      {showValue && <Text className='sy-progress__value'>{percent}%</Text>}
    </View>
  )
}

import { View, Text } from '@tarojs/components'
import { Progress } from '@nutui/nutui-react-taro'
import { roleProps } from '@/components/a11y-props'
import { COLOURS, TONES } from '@/styles/design'
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

// The bar's colour repeats the status the words beside it give (NutUI's own red gradient would read as an alarm).
const TONE_COLOURS = { done: TONES.ok, active: TONES.info, idle: TONES.muted } as const

function clamp(value: number): number {
  if (!Number.isFinite(value)) return 0
  return Math.min(100, Math.max(0, Math.round(value)))
}

/**
 * NutUI's Progress as the track, inside a named progressbar (NutUI's own is not one on weapp);
 * the text beside it is ours, so 长辈版 never clips it.
 */
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
        <Progress percent={percent} color={TONE_COLOURS[tone]} background={COLOURS.track} />
      </View>
      {showValue && <Text className='sy-progress__value'>{percent}%</Text>}
    </View>
  )
}

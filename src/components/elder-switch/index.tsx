import { View, Text } from '@tarojs/components'
import { keyboardProps, roleProps } from '@/components/a11y-props'
import { savedMessage } from '@/hooks/use-store'
import { useSettings } from '@/hooks/use-settings'
import { notify } from '@/platform/feedback'
import { markElderMode } from '@/platform/page'
import './index.scss'

export interface ElderSwitchProps {
  /** A line above the switch, e.g. when search offers it: 需要大字？ */
  prompt?: string
}

/** The 长辈版 switch: one big target, state in words and for screen readers; remembered on the device. */
export function ElderSwitch({ prompt }: ElderSwitchProps) {
  const { settings, toggleElderMode } = useSettings()
  const on = settings.elderMode
  const toggle = () => {
    const next = toggleElderMode()
    // Marked at once (the pages mark it again as they redraw), so the notice below is already drawn large.
    markElderMode(next.on)
    notify(
      next.on
        ? savedMessage(next.outcome, '已打开长辈版：字更大、按钮更大', '长辈版')
        : savedMessage(next.outcome, '已切换回标准版', '切换回标准版'),
    )
  }
  return (
    <View className={`sy-elder ${on ? 'sy-elder--on' : ''}`}>
      {prompt && <Text className='sy-elder__prompt'>{prompt}</Text>}
      <View
        className='sy-elder__row'
        {...roleProps('switch')}
        aria-checked={on ? 'true' : 'false'}
        ariaLabel={`长辈版，${on ? '已打开' : '已关闭'}`}
        onClick={toggle}
        {...keyboardProps(toggle)}
      >
        <View className='sy-elder__text'>
          <Text className='sy-elder__title'>长辈版</Text>
          <Text className='sy-elder__hint'>大字体、大按钮、高对比</Text>
        </View>
        <View className='sy-elder__track' aria-hidden='true'>
          <View className='sy-elder__knob' />
        </View>
        <Text className='sy-elder__state'>{on ? '已打开' : '已关闭'}</Text>
      </View>
    </View>
  )
}

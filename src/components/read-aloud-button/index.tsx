import { View, Text } from '@tarojs/components'
import { ActionButton } from '@/components/action-button'
import { useSpeaker } from '@/hooks/use-speaker'
import './index.scss'

export interface ReadAloudButtonProps {
  /** The whole article as plain text, in reading order. */
  text: string
}

/** 朗读全文 with pause and stop; absent where the platform cannot speak, never a broken button. */
export function ReadAloudButton({ text }: ReadAloudButtonProps) {
  const { supported, state, failed, start, pause, resume, stop } = useSpeaker(text)
  if (!supported || text.trim() === '') return null
  return (
    <View className='sy-read-aloud'>
      {state === 'idle' ? (
        <ActionButton primary label='朗读全文' onTap={start} />
      ) : (
        <View className='sy-read-aloud__row'>
          {state === 'speaking' ? (
            <ActionButton primary label='暂停' onTap={pause} />
          ) : (
            <ActionButton primary label='继续' onTap={resume} />
          )}
          <ActionButton label='停止' onTap={stop} />
        </View>
      )}
      {/* One live region, there from the start: screen readers announce a change in it, not a region added with
      its words already inside. */}
      <Text className='sy-read-aloud__state' aria-live='polite'>
        {state === 'speaking'
          ? '正在朗读…'
          : state === 'paused'
            ? '已暂停'
            : failed
              ? '这台手机暂时不能朗读，可以请家人帮忙读一读'
              : ''}
      </Text>
    </View>
  )
}

import { View, Text } from '@tarojs/components'
import { keyboardProps, roleProps } from '@/components/a11y-props'
import type { Pending } from '@/domain/content-store'
import './index.scss'

export interface PendingNoteProps {
  pending: Pending
  /** What is on its way, e.g. 近期活动 or 搜索内容. */
  what: string
  onRetry: () => void
}

/**
 * Content that loads a moment after the page (on weapp from a subpackage WeChat downloads on first use): a calm
 * line while it comes, and if it could not be loaded (no network) one saying so, with 重试.
 */
export function PendingNote({ pending, what, onRetry }: PendingNoteProps) {
  if (pending === 'loading') {
    return (
      <Text className='sy-pending' aria-live='polite'>
        {`正在载入${what}…`}
      </Text>
    )
  }
  return (
    <View className='sy-pending' aria-live='polite'>
      <Text>{`${what}暂时没能载入，可能是网络不好。`}</Text>
      <View className='sy-pending__retry' {...roleProps('button')} {...keyboardProps(onRetry)} onClick={onRetry}>
        <Text>重试</Text>
      </View>
    </View>
  )
}

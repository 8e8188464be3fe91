import { Button, View, Text } from '@tarojs/components'
import { ActionButton } from '@/components/action-button'
import type { Collection } from '@/content/labels'
import type { Source } from '@/content/schema'
import { sharedTitle } from '@/domain/records'
import { useSinglePageMode } from '@/hooks/use-single-page'
import { IS_WEAPP as WEAPP } from '@/platform/env'
import { copyText } from '@/platform/copy'
import './index.scss'

export interface ShareBarProps {
  /** The record's title, as its page shows it. */
  title: string
  record: { source: Pick<Source, 'kind'>; collection: Collection }
}

/** What 复制链接 puts on the clipboard: what the link is (示例 first, as on a share card), then the link. */
export function copiedLink(title: string, record: ShareBarProps['record'], href: string): string {
  return `${sharedTitle(title, record.source, record.collection)}（智慧双阳）\n${href}`
}

/**
 * Share a detail page. weapp: WeChat's own share button (the page's
 * useSharing supplies title and path) and a pointer to moments; H5: copy the
 * record's title and the link, so the family knows what it is before opening it.
 */
export function ShareBar({ title, record }: ShareBarProps) {
  // Single-page mode (moments) has no open-type buttons.
  const singlePage = useSinglePageMode()
  if (singlePage) return null
  if (WEAPP) {
    return (
      <View className='sy-share'>
        <Button className='sy-share__button' openType='share'>
          转发给微信好友
        </Button>
        <Text className='sy-share__hint'>分享到朋友圈：点右上角“···”，选“分享到朋友圈”</Text>
      </View>
    )
  }
  return (
    <View className='sy-share'>
      <ActionButton
        label='复制链接，发给家人'
        onTap={() => void copyText(copiedLink(title, record, window.location.href), '链接已复制')}
      />
    </View>
  )
}

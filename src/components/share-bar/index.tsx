import { Button, View, Text } from '@tarojs/components'
import { ActionButton } from '@/components/action-button'
import { useSinglePageMode } from '@/hooks/use-single-page'
import { IS_WEAPP as WEAPP } from '@/platform/env'
import { copyText } from '@/platform/copy'
import './index.scss'

/**
 * Share a detail page. weapp: WeChat's own share button (the page's
 * useSharing supplies title and path) and a pointer to moments; H5: copy the link.
 */
export function ShareBar() {
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
      <ActionButton label='复制链接，发给家人' onTap={() => void copyText(window.location.href, '链接已复制')} />
    </View>
  )
}

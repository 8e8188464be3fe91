import { Button, Text, View } from '@tarojs/components'
import { HAS_BUILT_IN_FEEDBACK } from '@/platform/page'
import { callPhone } from '@/platform/phone'
import { keyboardProps, roleProps } from '@/components/a11y-props'
import './index.scss'

/** 意见反馈: WeChat's own feedback page in the mini-program; in a browser, the 12345 hotline, said plainly. */
export function FeedbackEntry() {
  if (HAS_BUILT_IN_FEEDBACK) {
    return (
      <View className='sy-feedback'>
        <Text className='sy-feedback__hint'>用着不顺手、内容有错，都可以告诉我们。</Text>
        <Button className='sy-feedback__button' openType='feedback'>
          写意见反馈
        </Button>
      </View>
    )
  }
  const call = () => void callPhone('12345')
  return (
    <View className='sy-feedback'>
      <Text className='sy-feedback__hint'>
        网页版没有留言功能。有意见或发现内容有错，请拨打 12345 政务服务便民热线，说明是“智慧双阳”上看到的。
      </Text>
      <View className='sy-feedback__button' {...roleProps('button')} {...keyboardProps(call)} onClick={call}>
        <Text>拨打 12345</Text>
      </View>
    </View>
  )
}

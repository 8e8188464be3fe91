import { View, Text } from '@tarojs/components'
import { ActionButton } from '@/components/action-button'
import { isDemoPhone } from '@/domain/phones'
import { callPhone } from '@/platform/phone'
import './index.scss'

export interface PhoneActionProps {
  phone: string
  /** The button's words, e.g. 拨打咨询电话. */
  label?: string
  primary?: boolean
}

/** A call button for a real number; a fictional demo number is named 示例号码 and cannot be dialled. */
export function PhoneAction({ phone, label = '拨打电话', primary }: PhoneActionProps) {
  if (isDemoPhone(phone)) return <DemoPhoneNote />
  return <ActionButton primary={primary} label={label} detail={phone} onTap={() => void callPhone(phone)} />
}

const CITY_HOTLINE = '12345'

/**
 * Where a demo record's call button would be: says why there is none, and offers where to ask instead with one
 * tap. The number itself is already shown as 示例号码 in the facts above, so the note does not name it again.
 */
export function DemoPhoneNote() {
  return (
    <View className='sy-demo-phone'>
      <Text className='sy-demo-phone__hint'>演示内容里的电话，不能拨打；需要咨询可拨 {CITY_HOTLINE}</Text>
      <ActionButton label={`拨打 ${CITY_HOTLINE} 咨询`} onTap={() => void callPhone(CITY_HOTLINE)} />
    </View>
  )
}

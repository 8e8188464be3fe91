import { View, Text } from '@tarojs/components'
import type { Contact } from '@/content/schema'
import { keyboardProps, roleProps } from '@/components/a11y-props'
import { DEMO_PHONE_LABEL, isDemoPhone } from '@/domain/phones'
import { callPhone } from '@/platform/phone'
import './index.scss'

export interface CallListProps {
  contacts: readonly Contact[]
}

/** Whom to call: one big button per number, one tap dials it; a fictional demo number is no button. */
export function CallList({ contacts }: CallListProps) {
  return (
    <View className='sy-calls'>
      {contacts.map((c) => {
        if (isDemoPhone(c.phone)) {
          return (
            <View key={`${c.phone}-${c.name}`} className='sy-call sy-call--demo'>
              <Text className='sy-call__label'>{`${DEMO_PHONE_LABEL}（不能拨打）`}</Text>
              <Text className='sy-call__name'>{c.name}</Text>
            </View>
          )
        }
        const call = () => void callPhone(c.phone)
        return (
          <View
            key={`${c.phone}-${c.name}`}
            className='sy-call'
            {...roleProps('button')}
            {...keyboardProps(call)}
            onClick={call}
          >
            <Text className='sy-call__label'>{`拨打 ${c.phone}`}</Text>
            <Text className='sy-call__name'>{c.name}</Text>
          </View>
        )
      })}
    </View>
  )
}

import { View, Text } from '@tarojs/components'
import type { Collection } from '@/content/labels'
import type { Edition, Source } from '@/content/schema'
import { pageNotice } from '@/domain/records'
import './index.scss'

export interface DemoBannerProps {
  edition: Edition
  /** The record a detail page shows: the line then speaks of it. */
  record?: { source: Source; collection: Collection }
}

/** One calm line at the top of every screen while the content is the demo edition, about what this page is. */
export function DemoBanner({ edition, record }: DemoBannerProps) {
  const notice = pageNotice(edition, record)
  if (!notice) return null
  return (
    <View className='sy-demo-banner' role='note'>
      <Text>{notice}</Text>
    </View>
  )
}

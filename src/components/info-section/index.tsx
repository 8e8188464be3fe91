import { View, Text } from '@tarojs/components'
import type { ReactNode } from 'react'
import { SampleBadge } from '@/components/sample-badge'
import './index.scss'

export interface InfoSectionProps {
  title: string
  /** Paragraphs rendered as plain text (content is never HTML). */
  paragraphs?: readonly string[]
  /** Bulleted items. */
  items?: readonly string[]
  sample?: boolean
  children?: ReactNode
}

/** A headed block of a detail page. Text is only ever rendered as text. */
export function InfoSection({ title, paragraphs, items, sample, children }: InfoSectionProps) {
  return (
    <View className='sy-section'>
      <Text className='sy-section__title'>
        {title}
        {sample && <SampleBadge />}
      </Text>
      {paragraphs?.map((p, i) => (
        <Text key={`p${i}`} className='sy-section__p'>
          {p}
        </Text>
      ))}
      {items && items.length > 0 && (
        <View className='sy-section__list'>
          {items.map((item, i) => (
            <View key={`i${i}`} className='sy-section__item'>
              <Text className='sy-section__dot'>•</Text>
              <Text className='sy-section__item-text'>{item}</Text>
            </View>
          ))}
        </View>
      )}
      {children}
    </View>
  )
}

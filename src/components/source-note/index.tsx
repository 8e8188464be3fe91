import { View, Text } from '@tarojs/components'
import type { Collection } from '@/content/labels'
import type { Source } from '@/content/schema'
import { formatDate } from '@/domain/date'
import { SOURCE_NAME } from '@/domain/records'
import { sampleFieldLabels } from '@/domain/sample-fields'
import './index.scss'

export interface SourceNoteProps {
  source: Source
  /** Which collection the record is in: the labels of its sample fields depend on it. */
  collection: Collection
}

/**
 * Where the record comes from, in words: the 2022 work summary by its title with the quoted words, and
 * which parts are not from it; the publisher and the day it published the record; or that the whole record is
 * sample data. Never a file or field name.
 */
export function SourceNote({ source, collection }: SourceNoteProps) {
  if (source.kind === 'sample') {
    return (
      <View className='sy-source'>
        <Text className='sy-source__title'>来源</Text>
        <Text className='sy-source__text'>
          {collection === 'policies'
            ? '一般性办事指引，不是双阳区发布的政策原文，以当地当年公布为准。'
            : '演示用的示例数据，不是官方发布的信息。'}
        </Text>
        {source.note && <Text className='sy-source__text'>{source.note}</Text>}
      </View>
    )
  }
  if (source.kind === 'official') {
    return (
      <View className='sy-source'>
        <Text className='sy-source__text'>{`来源：${source.by}，${formatDate(source.date)}`}</Text>
        {source.ref && <Text className='sy-source__text'>{`依据：${source.ref}`}</Text>}
      </View>
    )
  }
  const parts = sampleFieldLabels(source, collection)
  return (
    <View className='sy-source'>
      <Text className='sy-source__title'>来源</Text>
      <Text className='sy-source__text'>{`${SOURCE_NAME}原文：「${source.quote}」`}</Text>
      {parts.length > 0 && (
        <Text className='sy-source__text'>
          {collection === 'policies'
            ? `其中${parts.join('、')}是一般性办事指引，不是原文内容，以当地当年公布为准。`
            : `其中${parts.join('、')}是演示用的示例数据，不是原文内容。`}
        </Text>
      )}
    </View>
  )
}

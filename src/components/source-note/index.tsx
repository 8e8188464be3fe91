import { View, Text } from '@tarojs/components'
import type { Source } from '@/content/schema'
import { SampleBadge } from '@/components/sample-badge'
import './index.scss'

const FIELD_LABELS: Record<string, string> = {
  progress: '进度',
  milestones: '进展节点',
  responsibleUnit: '责任单位',
  updatedAt: '更新日期',
  address: '地址',
  location: '位置',
  townId: '所在镇街',
  hours: '开放时间',
  price: '票价',
  phone: '电话',
  start: '日期',
  end: '日期',
  schedule: '日程',
  whatToBring: '所需材料',
  whereToGo: '办理地点',
  whomToCall: '咨询电话',
  sections: '详细说明',
  reviewedAt: '核对日期',
}

/** Where the record comes from: the 2022 work summary (quoted) or sample data. */
export function SourceNote({ source }: { source: Source }) {
  if (source.kind === 'sample') {
    return (
      <View className='sy-source'>
        <Text className='sy-source__title'>
          来源
          <SampleBadge />
        </Text>
        <Text className='sy-source__text'>这是为展示功能编写的示例数据，不是官方发布的信息。{source.note ?? ''}</Text>
      </View>
    )
  }
  const invented = Array.from(new Set((source.sampleFields ?? []).map((f) => FIELD_LABELS[f] ?? f)))
  return (
    <View className='sy-source'>
      <Text className='sy-source__title'>来源</Text>
      <Text className='sy-source__text'>《双阳区 2022 年工作总结》：“{source.quote}”</Text>
      {invented.length > 0 && (
        <Text className='sy-source__text'>
          其中{invented.join('、')}为示例数据
          <SampleBadge />
        </Text>
      )}
    </View>
  )
}

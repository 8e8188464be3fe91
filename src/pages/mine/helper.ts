import type { Domain } from '@/content/schema'
import type { ContentSummary, SummarySource } from '@/domain/summary'
import { DOMAINS, DOMAIN_LABELS, SOURCE_NAME } from '@/domain/records'

export interface SourceCount {
  domain: Domain
  label: string
  total: number
  /** Whole records written as sample data. */
  sample: number
  /** Records from the work summary with some fields added as sample. */
  partly: number
}

/** How much of each domain comes from the district's text and how much is sample data. */
export function sourceCounts(pack: Pick<ContentSummary, Domain>): SourceCount[] {
  return DOMAINS.map((domain) => {
    const records: ReadonlyArray<{ source: SummarySource }> = pack[domain] ?? []
    return {
      domain,
      label: DOMAIN_LABELS[domain],
      total: records.length,
      sample: records.filter((r) => r.source.kind === 'sample').length,
      partly: records.filter((r) => r.source.partly === true).length,
    }
  })
}

export function sourceLine(c: SourceCount): string {
  const cited = c.total - c.sample
  const parts = [`${c.label} ${c.total} 条：${cited} 条出自${SOURCE_NAME}`]
  if (c.partly > 0) parts.push(`其中 ${c.partly} 条补充了示例细节`)
  if (c.sample > 0) parts.push(`${c.sample} 条为示例`)
  return parts.join('，')
}

/** What the app keeps on the phone. Nothing is sent anywhere. */
export const STORED_ON_DEVICE = [
  '收藏：您收藏的项目、岗位、活动、景点和政策（只存编号、名称和收藏时间）',
  '设置：是否打开长辈版',
  '最近搜索：最近 10 次搜索的词，可随时清除',
  '内容更新：联网取到更新的公开内容时，存一份在手机上（没有更新就不存）',
] as const

/** How the app names itself: 本小程序 in WeChat, 本网页版 in a browser. */
export function selfName(h5: boolean): string {
  return h5 ? '本网页版' : '本小程序'
}

export function permissions(h5: boolean): string[] {
  return [
    '拨打电话：只在您点“拨打”时，由手机弹出确认后才拨号',
    '剪贴板：只在您点“复制”或无法直接拨号时，写入号码或地址',
    `位置与地图：只在您点“在地图中查看”时打开地图，${selfName(h5)}不读取您的位置`,
    '日历：只在您点“添加到日历”时，把活动时间写入您的日历',
  ]
}

import type { Attraction, DistrictEvent, Figure, Job, LivelihoodItem, Policy, Source, Town } from './schema'

/** The record type of each collection of the pack (and home's figures). */
export interface RecordTypes {
  towns: Town
  livelihood: LivelihoodItem
  jobs: Job
  events: DistrictEvent
  attractions: Attraction
  policies: Policy
  figures: Figure
}
export type Collection = keyof RecordTypes

/** Every field of a record type, across the variants of a union (a livelihood item is reported or demo). */
type AllKeys<T> = T extends unknown ? keyof T : never

/**
 * What people call every field, per collection (a job's `schedule` is 用工形式, an event's is 日程).
 * Keyed by the schema's own fields: a field added to a schema without a label here fails `typecheck`,
 * and the checker accepts in `sampleFields` only fields listed here. Nothing on screen shows a field name.
 */
export const FIELD_LABELS: { [C in Collection]: Record<AllKeys<RecordTypes[C]>, string> } = {
  towns: { id: '编号', name: '名称', kind: '类型', location: '位置', source: '来源' },
  livelihood: {
    id: '编号',
    kind: '属于',
    title: '项目名称',
    category: '类别',
    stage: '总结所写进展',
    year: '年份',
    chapter: '原文段落',
    status: '状态',
    progress: '进度',
    summary: '这是什么',
    why: '为什么要做',
    milestones: '进展节点',
    responsibleUnit: '责任单位',
    updatedAt: '更新日期',
    source: '来源',
  },
  jobs: {
    id: '编号',
    title: '岗位名称',
    employer: '用工单位',
    type: '岗位类型',
    schedule: '用工形式',
    townId: '所在镇街',
    address: '工作地点',
    location: '位置',
    pay: '薪资',
    hours: '工作时间',
    headcount: '招聘人数',
    duties: '岗位职责',
    requirements: '任职要求',
    postedAt: '发布日期',
    deadline: '截止日期',
    contact: '联系方式',
    apply: '怎么报名',
    source: '来源',
  },
  events: {
    id: '编号',
    title: '活动名称',
    category: '类别',
    recurrence: '举办周期',
    start: '开始时间',
    end: '结束时间',
    summary: '简介',
    venue: '地点',
    address: '地址',
    townId: '所在镇街',
    attractionId: '所在景点',
    location: '位置',
    price: '门票',
    highlights: '活动亮点',
    schedule: '日程安排',
    contact: '联系方式',
    source: '来源',
  },
  attractions: {
    id: '编号',
    name: '名称',
    tags: '标签',
    free: '是否免费',
    price: '票价',
    summary: '简介',
    description: '介绍',
    hours: '开放时间',
    hoursNote: '开放说明',
    phone: '电话',
    address: '地址',
    townId: '所在镇街',
    location: '位置',
    bestSeason: '最佳季节',
    source: '来源',
  },
  policies: {
    id: '编号',
    title: '政策名称',
    category: '类别',
    summary: '一句话说明',
    audiences: '适用人群',
    keywords: '别称',
    whoQualifies: '谁能申请',
    whatToBring: '带什么材料',
    whereToGo: '去哪里办',
    whomToCall: '打哪个电话',
    eligibility: '申请条件',
    sections: '详细说明',
    links: '相关链接',
    reviewedAt: '整理日期',
    source: '来源',
  },
  figures: { id: '编号', label: '名称', value: '数值', unit: '单位', year: '年份', source: '来源' },
}

/** What each kind of source is called: the studio's choice of where a record comes from. */
export const SOURCE_KIND_LABELS: Record<Source['kind'], string> = {
  cited: '引自《双阳区2022年工作总结》',
  official: '发布单位发布',
  sample: '示例数据',
}

/** The parts of a record's source, across its kinds. */
export const SOURCE_FIELD_LABELS: Record<AllKeys<Source>, string> = {
  kind: '来源类型',
  doc: '来源文件',
  quote: '引文',
  sampleFields: '示例字段',
  by: '发布单位',
  date: '发布日期',
  ref: '文号或公告标题',
  note: '说明',
}

/** The Chinese label of a field (or of its top-level field: `pay.max` → 薪资); undefined for an unknown name. */
export function fieldLabel(collection: Collection, field: string): string | undefined {
  const labels: Record<string, string> = FIELD_LABELS[collection]
  const top = field.split(/[.[]/)[0] ?? ''
  return Object.prototype.hasOwnProperty.call(labels, top) ? labels[top] : undefined
}

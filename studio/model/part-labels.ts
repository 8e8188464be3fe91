import { SOURCE_FIELD_LABELS } from '@/content/labels'

/*
 * Labels of the parts inside a field (a job's pay, a policy's sections, opening seasons …). The top-level
 * fields have theirs in src/content/labels.ts, where the app reads them too; these only the studio shows.
 * Looked up as `<field>.<part>` first, then `<part>`, so pay's min is 最低薪资 and an age's min 最小年龄.
 */
const PART_LABELS: Record<string, string> = {
  'pay.min': '最低薪资（元）',
  'pay.max': '最高薪资（元）',
  'pay.unit': '薪资按',
  'eligibility.kind': '类型',
  'eligibility.all': '条件（每一组都要满足，组内满足一条即可）',
  'hours.label': '时段名称',
  'hours.from': '从（月-日）',
  'hours.to': '到（月-日）',
  'hours.days': '开放的星期（不选为每天）',
  'hours.open': '开门',
  'hours.close': '关门',
  'milestones.title': '节点内容',
  'milestones.date': '日期',
  'milestones.done': '已完成',
  'schedule.when': '时间',
  'schedule.what': '安排',
  'links.title': '标题',
  'links.url': '网址（https）',
  'apply.steps': '报名步骤',
  'apply.bring': '要带的材料',
  name: '名称',
  phone: '电话',
  lat: '纬度',
  lng: '经度',
  heading: '小标题',
  paragraphs: '段落',
  items: '要点',
  fact: '条件',
  min: '最小年龄',
  max: '最大年龄',
  is: '是否成立',
}

/** The label of a part, given the top-level field it sits in; undefined when none is known. */
export function partLabel(topField: string, part: string): string | undefined {
  if (topField === 'source') return (SOURCE_FIELD_LABELS as Record<string, string>)[part]
  return PART_LABELS[`${topField}.${part}`] ?? PART_LABELS[part]
}

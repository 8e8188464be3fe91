import { SOURCE_KIND_LABELS } from '@/content/labels'
import {
  ELIGIBILITY_FACTS,
  JOB_SCHEDULES,
  JOB_TYPES,
  type POLICY_AUDIENCES,
  SOURCE_DOC,
  SOURCE_TITLE,
  type EligibilityFact,
} from '@/content/schema'
import { jobTypeLabel, scheduleLabel } from '@/domain/jobs'
import { STATUS_LABELS } from '@/domain/livelihood'
import { FACT_WORDS } from '@/domain/self-check'

/*
 * What the editor sees for a value the schema stores in English (a job's `enterprise`, a weekday's 0). The
 * app's own labels where it has them; the rest are named here, since only the studio shows them.
 * Values already in Chinese (categories, 街道/镇/乡) show as they are.
 */

const AUDIENCES: Record<(typeof POLICY_AUDIENCES)[number], string> = {
  'low-income': '低收入家庭',
  elderly: '老年人',
  disabled: '残疾人',
  'serious-illness': '重病患者',
  'rural-hukou': '农村户口',
  farmer: '种地、养殖户',
  'job-seeker': '找工作的人',
  student: '学生',
  'poverty-risk': '有返贫风险的家庭',
  everyone: '所有人',
}

const WEEKDAY_NAMES = ['周日', '周一', '周二', '周三', '周四', '周五', '周六']

const FIXED: Record<string, string> = {
  ...SOURCE_KIND_LABELS,
  ...Object.fromEntries(JOB_TYPES.map((t) => [t, jobTypeLabel(t)])),
  ...Object.fromEntries(JOB_SCHEDULES.map((s) => [s, scheduleLabel(s)])),
  ...STATUS_LABELS,
  ...AUDIENCES,
  month: '每月',
  day: '每天',
  hour: '每小时',
  once: '只办一次',
  annual: '每年举办',
  reported: '总结所载（只写原文）',
  demo: '演示计划（虚构示例）',
  benefit: '个人或家庭可申请',
  programme: '项目或设施（不向个人推荐）',
  age: '年龄',
  // The quoted file is named by its title: the office knows the document, not the name it is stored under.
  [SOURCE_DOC]: `《${SOURCE_TITLE}》`,
}

/** The Chinese name of a stored value, or the value itself when it is already words; `key` is the field it sits in. */
export function valueLabel(value: unknown, key?: string): string {
  if (key === 'days' && typeof value === 'number' && WEEKDAY_NAMES[value]) return WEEKDAY_NAMES[value]!
  if (typeof value === 'boolean') return value ? '是' : '否'
  const text = String(value)
  // A condition's fact and a policy's audience share some names (student): each reads in its own words.
  if (key === 'fact' && (ELIGIBILITY_FACTS as readonly string[]).includes(text))
    return FACT_WORDS[text as EligibilityFact][0]
  return FIXED[text] ?? text
}

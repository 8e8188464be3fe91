import * as v from 'valibot'
import { DAY_MS, isRealDate, millisBetween } from './calendar'
import {
  SCHEMA_VERSION,
  SOURCE_DOC,
  DISTRICT_BOUNDS,
  TEXT_LIMITS,
  LIVELIHOOD_CATEGORIES,
  LIVELIHOOD_STATUSES,
  REPORT_YEAR,
  SUMMARY_CHAPTERS,
  JOB_TYPES,
  JOB_SCHEDULES,
  PAY_UNITS,
  EVENT_CATEGORIES,
  WEEKDAYS,
  POLICY_CATEGORIES,
  POLICY_AUDIENCES,
  ELIGIBILITY_FACTS,
  type DOMAINS,
} from './vocabulary'

// The plain values live in vocabulary.ts, free of valibot: a build that never validates (no content URL) leaves
// this file and valibot out while pages still read the category lists.
export * from './vocabulary'

/**
 * The one schema of the content pack. Types are inferred from it; the same
 * schema validates the embedded content (content:check, tests) and packs
 * fetched at run time. It must stay free of Taro and React.
 */

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const DATE_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/
const DATE_TIME_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?\+08:00$/
const MONTH_DAY_PATTERN = /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/
const CLOCK_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/
/** Mobile, landline with area code, or a short public service number. */
const PHONE_PATTERN = /^(?:1[3-9]\d{9}|0\d{2,3}-\d{7,8}|1(?:10|19|20|2345|2333|2348|2320))$/

/**
 * Markup, entities (decimal or hex; named with a semicolon, or the legacy names browsers
 * decode without one: &lt), script URLs or inline handlers: a pack is untrusted input, text must be plain.
 */
const MARKUP_PATTERN =
  /<\s*\/?\s*[a-z!?]|&(?:#x?[0-9a-f]+|[a-z][a-z0-9]*;|amp|lt|gt|quot|apos|nbsp|copy|reg|shy|not|times|divide|laquo|raquo)|javascript:|vbscript:|data:text\/html|\bon[a-z]+\s*=/i
/** Characters that show nothing: zero-width spaces and joiners, bidi controls, soft hyphen, BOM. */
const INVISIBLE_PATTERN = /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/
const INVISIBLE_OR_SPACE = /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\s]/g
/** A real-looking mainland mobile number (138 0013 8000, 138-0013-8000); no lookbehind, for old WebViews. */
const MOBILE_IN_TEXT_PATTERN = /(?:^|\D)1[3-9]\d(?:[\s-]?\d{4}){2}(?!\d)/

/*
 * The rules every free text follows, wherever it sits. Passed to v.pipe one by
 * one, never spread: the build turns a spread call into v.pipe.apply(v, …),
 * which makes webpack keep all of valibot.
 */
const NO_INVISIBLE = v.check(
  (s: string) => !INVISIBLE_PATTERN.test(s),
  '不能含有看不见的字符（零宽字符、双向控制符等）',
)
// Judged with invisible characters and spaces removed: java\u200bscript: is still a script URL.
const NO_MARKUP = v.check(
  (s: string) => !MARKUP_PATTERN.test(s.replace(INVISIBLE_OR_SPACE, '')),
  '不能含有标记、脚本或链接代码',
)
const NO_MOBILE = v.check(
  (s: string) => !MOBILE_IN_TEXT_PATTERN.test(s),
  '不能写真实格式的手机号：示例号码用 0431-0000xxxx，或写公共热线 12345',
)

const TYPE_NAMES: Record<string, string> = {
  string: '文本',
  number: '数字',
  boolean: 'true 或 false',
  Object: '对象',
  Array: '列表',
}

// Readable messages for wrong types wherever a schema gives none of its own.
v.setSchemaMessage((issue) =>
  issue.received === 'undefined'
    ? '缺少必填项'
    : `应为${TYPE_NAMES[issue.expected ?? ''] ?? issue.expected}，实际为 ${issue.received}`,
)

function plainText(max: number) {
  return v.pipe(
    v.string('应为文本'),
    v.trim(),
    v.minLength(1, '不能为空'),
    v.maxLength(max, `不能超过 ${max} 字`),
    NO_INVISIBLE,
    NO_MARKUP,
    NO_MOBILE,
  )
}

export const idSchema = v.pipe(v.string('应为文本'), v.regex(ID_PATTERN, '应为小写字母、数字和连字符（kebab-case）'))
export const titleSchema = plainText(TEXT_LIMITS.title)
export const shortTextSchema = plainText(TEXT_LIMITS.short)
export const paragraphSchema = plainText(TEXT_LIMITS.paragraph)

export const isoDateSchema = v.pipe(
  v.string('应为日期文本'),
  v.regex(DATE_PATTERN, '应为 YYYY-MM-DD 日期'),
  v.check(isRealDate, '不是真实存在的日期'),
)
export const isoDateTimeSchema = v.pipe(
  v.string('应为时间文本'),
  v.regex(DATE_TIME_PATTERN, '应为北京时间 YYYY-MM-DDTHH:mm+08:00'),
  v.check(isRealDate, '不是真实存在的日期'),
)
/** A pack's updatedAt: any ISO-8601 instant with a zone. */
export const isoInstantSchema = v.pipe(
  v.string('应为时间文本'),
  v.isoTimestamp('应为 ISO 8601 时间（含时区）'),
  v.check(isRealDate, '不是真实存在的日期'),
)
export const monthDaySchema = v.pipe(
  v.string(),
  v.regex(MONTH_DAY_PATTERN, '应为 MM-DD'),
  // 2024 is a leap year, so 02-29 is allowed and 02-30 is not.
  v.check((md) => !MONTH_DAY_PATTERN.test(md) || isRealDate(`2024-${md}`), '不是真实存在的日期'),
)
export const clockSchema = v.pipe(v.string(), v.regex(CLOCK_PATTERN, '应为 HH:mm'))
export const phoneSchema = v.pipe(
  v.string('应为电话号码'),
  v.regex(PHONE_PATTERN, '电话号码格式不对（手机 11 位、座机 0431-xxxxxxxx 或公共热线）'),
)
export const httpsUrlSchema = v.pipe(v.string(), v.url('应为网址'), v.startsWith('https://', '链接必须使用 https'))

export const locationSchema = v.pipe(
  v.object({ lat: v.number('纬度应为数字'), lng: v.number('经度应为数字') }),
  v.check(
    ({ lat, lng }) =>
      lat >= DISTRICT_BOUNDS.minLat &&
      lat <= DISTRICT_BOUNDS.maxLat &&
      lng >= DISTRICT_BOUNDS.minLng &&
      lng <= DISTRICT_BOUNDS.maxLng,
    '坐标不在双阳区范围内（GCJ-02）',
  ),
)

/**
 * Where a record came from. `cited`: facts from the district's 2022 work summary,
 * with the quoted words; `sampleFields` names fields added to make the app
 * realistic (shown with a 示例 badge). `official`: the publisher states it itself
 * (who, on which day, under which document or notice); only an official pack holds
 * such records. `sample`: the whole record is sample data.
 */
export const sourceSchema = v.variant(
  'kind',
  [
    v.object({
      kind: v.literal('cited'),
      doc: v.literal(SOURCE_DOC, `来源应为 ${SOURCE_DOC}`),
      quote: shortTextSchema,
      sampleFields: v.optional(v.array(v.pipe(v.string(), v.regex(/^[a-zA-Z.]+$/, '应为字段名')))),
    }),
    v.object({
      kind: v.literal('official'),
      by: titleSchema,
      date: isoDateSchema,
      ref: v.optional(titleSchema),
    }),
    v.object({
      kind: v.literal('sample'),
      note: v.optional(shortTextSchema),
    }),
  ],
  '每条记录都要有来源：cited（引用 2022 年工作总结）、official（发布单位发布）或 sample（示例数据）',
)

export const contactSchema = v.object({
  name: titleSchema,
  phone: phoneSchema,
})

/** Long text is structured: headed sections of paragraphs and/or list items. */
export const sectionSchema = v.pipe(
  v.object({
    heading: titleSchema,
    paragraphs: v.optional(v.array(paragraphSchema)),
    items: v.optional(v.array(shortTextSchema)),
  }),
  v.check((s) => (s.paragraphs?.length ?? 0) + (s.items?.length ?? 0) > 0, '段落至少要有一段文字或一个要点'),
)

export const townSchema = v.object({
  id: idSchema,
  name: titleSchema,
  kind: v.picklist(['街道', '镇', '乡'], '类型应为 街道 / 镇 / 乡'),
  location: v.optional(locationSchema),
  source: sourceSchema,
})

export const milestoneSchema = v.object({
  date: isoDateSchema,
  title: shortTextSchema,
  done: v.boolean(),
})

const progressSchema = v.pipe(
  v.number('进度应为数字'),
  v.integer('进度应为整数'),
  v.minValue(0, '进度不能小于 0'),
  v.maxValue(100, '进度不能大于 100'),
)

/**
 * A livelihood item as the 2022 summary states it, and nothing more: the stage word its quote uses
 * (完成 / 投入使用 / 加速推进 …), the year, and the paragraph of the summary it comes from. No progress,
 * milestones, unit or place: the summary gives none (the checker rejects them by name).
 */
export const reportedItemSchema = v.object({
  id: idSchema,
  kind: v.literal('reported'),
  title: titleSchema,
  category: v.picklist(LIVELIHOOD_CATEGORIES, `类别应为：${LIVELIHOOD_CATEGORIES.join('、')}`),
  /** The stage word as the quote states it; the checker requires it to occur in the quote. */
  stage: v.pipe(
    v.string('应为文本'),
    v.minLength(1, '不能为空'),
    v.maxLength(12, '不能超过 12 字'),
    NO_INVISIBLE,
    NO_MARKUP,
  ),
  year: v.literal(REPORT_YEAR, `年份应为 ${REPORT_YEAR}（《双阳区2022年工作总结》）`),
  chapter: v.picklist(SUMMARY_CHAPTERS, `原文段落应为：${SUMMARY_CHAPTERS.join('、')}`),
  source: sourceSchema,
})

/** A project of the plainly fictional demo plan: it may carry progress and milestones, since nothing in it is real. */
export const demoProjectSchema = v.object({
  id: idSchema,
  kind: v.literal('demo'),
  title: titleSchema,
  category: v.picklist(LIVELIHOOD_CATEGORIES, `类别应为：${LIVELIHOOD_CATEGORIES.join('、')}`),
  status: v.picklist(LIVELIHOOD_STATUSES, '状态应为 not-started / in-progress / done'),
  progress: progressSchema,
  summary: shortTextSchema,
  why: v.optional(paragraphSchema),
  milestones: v.pipe(v.array(milestoneSchema), v.minLength(1, '至少要有一个节点')),
  responsibleUnit: titleSchema,
  updatedAt: isoDateSchema,
  source: sourceSchema,
})

export const livelihoodSchema = v.pipe(
  v.variant('kind', [reportedItemSchema, demoProjectSchema], 'kind 应为 reported（总结所载）或 demo（演示计划）'),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed || dataset.value.kind !== 'demo') return
    const p = dataset.value
    const consistent =
      (p.status === 'done' && p.progress === 100) ||
      (p.status === 'not-started' && p.progress === 0) ||
      (p.status === 'in-progress' && p.progress > 0 && p.progress < 100)
    if (!consistent)
      addIssue({
        message: '进度与状态不一致（已完成=100，未开工=0，推进中=1–99）',
        path: [{ type: 'object', origin: 'value', input: p, key: 'progress', value: p.progress }],
      })
  }),
)

/** How to apply for a post, when it is more than calling the contact: the steps in order, what to bring. */
export const applySchema = v.object({
  steps: v.pipe(v.array(shortTextSchema), v.minLength(1, '至少写一步')),
  bring: v.optional(v.array(shortTextSchema)),
})

export const jobSchema = v.pipe(
  v.object({
    id: idSchema,
    title: titleSchema,
    employer: titleSchema,
    type: v.picklist(JOB_TYPES, '岗位类型应为 enterprise / public-welfare / poverty-relief'),
    schedule: v.picklist(JOB_SCHEDULES, '用工形式应为 full-time / part-time'),
    townId: idSchema,
    address: shortTextSchema,
    location: v.optional(locationSchema),
    pay: v.object({
      min: v.pipe(v.number(), v.integer(), v.minValue(0, '薪资不能为负')),
      max: v.pipe(v.number(), v.integer(), v.minValue(0, '薪资不能为负')),
      unit: v.picklist(PAY_UNITS, '薪资单位应为 month / day / hour'),
    }),
    hours: shortTextSchema,
    headcount: v.pipe(v.number(), v.integer(), v.minValue(1, '招聘人数至少 1 人')),
    duties: v.pipe(v.array(shortTextSchema), v.minLength(1, '至少写一条岗位职责')),
    requirements: v.pipe(v.array(shortTextSchema), v.minLength(1, '至少写一条任职要求')),
    postedAt: isoDateSchema,
    deadline: isoDateSchema,
    contact: contactSchema,
    apply: v.optional(applySchema),
    source: sourceSchema,
  }),
  v.forward(
    v.check((j) => j.pay.max >= j.pay.min, '最高薪资不能低于最低薪资'),
    ['pay', 'max'],
  ),
  v.forward(
    v.check(
      (j) => !DATE_PATTERN.test(j.postedAt) || !DATE_PATTERN.test(j.deadline) || j.deadline >= j.postedAt,
      '截止日期不能早于发布日期',
    ),
    ['deadline'],
  ),
)

export const eventSchema = v.pipe(
  v.object({
    id: idSchema,
    title: titleSchema,
    category: v.picklist(EVENT_CATEGORIES, `类别应为：${EVENT_CATEGORIES.join('、')}`),
    /** `annual` events recur every year on the same month-days as start/end. */
    recurrence: v.picklist(['once', 'annual'], '重复方式应为 once / annual'),
    start: isoDateTimeSchema,
    end: isoDateTimeSchema,
    summary: shortTextSchema,
    venue: titleSchema,
    /** Omitted where we do not know it: a real festival's place is not ours to invent. */
    address: v.optional(shortTextSchema),
    townId: v.optional(idSchema),
    attractionId: v.optional(idSchema),
    location: v.optional(locationSchema),
    price: titleSchema,
    highlights: v.array(shortTextSchema),
    schedule: v.array(v.object({ when: titleSchema, what: shortTextSchema })),
    contact: v.optional(contactSchema),
    source: sourceSchema,
  }),
  v.forward(
    v.check((e) => !(millisBetween(e.start, e.end) < 0), '结束时间不能早于开始时间'),
    ['end'],
  ),
  v.forward(
    v.check(
      (e) => e.recurrence === 'once' || millisBetween(e.start, e.end) < 366 * DAY_MS,
      '每年举办的活动不能超过一年',
    ),
    ['end'],
  ),
)

/** Opening hours for part of the year (from..to, inclusive, may wrap the new year). */
export const openingSeasonSchema = v.object({
  label: titleSchema,
  from: monthDaySchema,
  to: monthDaySchema,
  /** 0 = Sunday. Omitted: every day. */
  days: v.optional(v.array(v.picklist(WEEKDAYS))),
  open: clockSchema,
  /** May be earlier than `open`: the place closes after midnight. */
  close: clockSchema,
})

export const attractionSchema = v.object({
  id: idSchema,
  name: titleSchema,
  tags: v.array(titleSchema),
  free: v.boolean(),
  price: titleSchema,
  summary: shortTextSchema,
  description: v.pipe(v.array(paragraphSchema), v.minLength(1, '至少写一段介绍')),
  /**
   * Empty: open all the time (a street or open park). Omitted: hours not published: the page says
   * 以现场公布为准 and points to 12345 (never invent hours for a real place).
   */
  hours: v.optional(v.array(openingSeasonSchema)),
  hoursNote: v.optional(shortTextSchema),
  phone: v.optional(phoneSchema),
  /**
   * Omitted for a real place whose position its quote does not give: the page then says
   * 具体位置以现场公布为准 and offers no map pin (the checker rejects an invented one on a cited place).
   */
  address: v.optional(shortTextSchema),
  townId: v.optional(idSchema),
  location: v.optional(locationSchema),
  bestSeason: titleSchema,
  source: sourceSchema,
})

const ageSchema = v.pipe(
  v.number('应为数字'),
  v.integer('应为整数'),
  v.minValue(0, '不能小于 0'),
  v.maxValue(150, '不能大于 150'),
)

/** One condition of a policy: an age range, or a fact about the household that must be true (or false). */
export const conditionSchema = v.union(
  [
    v.pipe(
      v.strictObject({ fact: v.literal('age'), min: v.optional(ageSchema), max: v.optional(ageSchema) }),
      v.check((c) => c.min !== undefined || c.max !== undefined, '年龄条件要写 min 或 max'),
      v.check((c) => c.min === undefined || c.max === undefined || c.min <= c.max, 'min 不能大于 max'),
    ),
    v.strictObject({
      fact: v.picklist(ELIGIBILITY_FACTS, `条件应为：age、${ELIGIBILITY_FACTS.join('、')}`),
      is: v.boolean('is 应为 true 或 false'),
    }),
  ],
  '条件写法不对：{ "fact": "age", "min": 80 } 或 { "fact": "farming", "is": true }',
)

/**
 * Who a policy is for, for the self-check. A benefit lists its conditions: every
 * entry of `all` must hold, an entry holds when any one of its conditions does.
 * A programme (infrastructure, a village scheme) is never suggested to a household.
 */
export const eligibilitySchema = v.variant(
  'kind',
  [
    v.strictObject({
      kind: v.literal('benefit'),
      all: v.pipe(
        v.array(v.pipe(v.array(conditionSchema), v.minLength(1, '每一条至少一个条件'))),
        v.minLength(1, '至少一条条件'),
      ),
    }),
    v.strictObject({ kind: v.literal('programme') }),
  ],
  'kind 应为 benefit（个人或家庭可申请）或 programme（项目、设施，不向个人推荐）',
)

export const policySchema = v.object({
  id: idSchema,
  title: titleSchema,
  category: v.picklist(POLICY_CATEGORIES, `类别应为：${POLICY_CATEGORIES.join('、')}`),
  summary: shortTextSchema,
  audiences: v.pipe(v.array(v.picklist(POLICY_AUDIENCES, '适用人群取值不对')), v.minLength(1, '至少一个适用人群')),
  /** Other words people use for this policy (低保 ↔ 最低生活保障). */
  keywords: v.optional(v.array(titleSchema)),
  whoQualifies: v.pipe(v.array(shortTextSchema), v.minLength(1, '要写清谁能申请')),
  whatToBring: v.pipe(v.array(shortTextSchema), v.minLength(1, '要写清带什么材料')),
  whereToGo: v.pipe(v.array(shortTextSchema), v.minLength(1, '要写清去哪里办')),
  whomToCall: v.pipe(v.array(contactSchema), v.minLength(1, '要写清打哪个电话')),
  sections: v.optional(v.array(sectionSchema)),
  /** Who qualifies, as conditions the 我能申请吗 self-check can weigh. */
  eligibility: eligibilitySchema,
  links: v.optional(v.array(v.object({ title: titleSchema, url: httpsUrlSchema }))),
  reviewedAt: isoDateSchema,
  source: sourceSchema,
})

/** Key figures of the district shown on home; always cited from the source. */
export const figureSchema = v.object({
  id: idSchema,
  label: titleSchema,
  value: v.pipe(v.string(), v.regex(/^[\d.,]+$/, '应为数字文本')),
  unit: v.pipe(v.string(), v.maxLength(10, '不能超过 10 字'), NO_INVISIBLE, NO_MARKUP, NO_MOBILE),
  /** The year the figure is about: shown with it, so a 2022 number never reads as this year's. */
  year: v.pipe(
    v.number('年份应为数字'),
    v.integer('年份应为整数'),
    v.minValue(2000, '年份不对'),
    v.maxValue(2100, '年份不对'),
  ),
  source: sourceSchema,
})
export const figuresSchema = v.array(figureSchema)

export type Domain = (typeof DOMAINS)[number]

/**
 * What a pack is: `demo` (the embedded content: sample data beside cited facts, and the app says so on every
 * screen) or `official` (published by the district: no sample record or sample field at all).
 */
export const EDITIONS = ['demo', 'official'] as const
export const editionSchema = v.picklist(EDITIONS, 'edition 应为 demo（演示）或 official（正式）')

export const packSchema = v.object({
  schemaVersion: v.literal(SCHEMA_VERSION, `schemaVersion 应为 ${SCHEMA_VERSION}`),
  version: v.pipe(v.number(), v.safeInteger('version 应为正整数'), v.minValue(1, 'version 应为正整数')),
  updatedAt: isoInstantSchema,
  edition: editionSchema,
  towns: v.array(townSchema),
  livelihood: v.array(livelihoodSchema),
  jobs: v.array(jobSchema),
  events: v.array(eventSchema),
  attractions: v.array(attractionSchema),
  policies: v.array(policySchema),
})

export type Source = v.InferOutput<typeof sourceSchema>
export type Contact = v.InferOutput<typeof contactSchema>
export type Section = v.InferOutput<typeof sectionSchema>
export type Town = v.InferOutput<typeof townSchema>
export type Milestone = v.InferOutput<typeof milestoneSchema>
export type LivelihoodItem = v.InferOutput<typeof livelihoodSchema>
export type ReportedItem = v.InferOutput<typeof reportedItemSchema>
export type DemoProject = v.InferOutput<typeof demoProjectSchema>
export type LivelihoodCategory = LivelihoodItem['category']
export type LivelihoodStatus = DemoProject['status']
export type Job = v.InferOutput<typeof jobSchema>
export type JobType = Job['type']
export type DistrictEvent = v.InferOutput<typeof eventSchema>
export type OpeningSeason = v.InferOutput<typeof openingSeasonSchema>
export type Attraction = v.InferOutput<typeof attractionSchema>
export type Policy = v.InferOutput<typeof policySchema>
export type PolicyAudience = Policy['audiences'][number]
export type Eligibility = v.InferOutput<typeof eligibilitySchema>
export type EligibilityCondition = v.InferOutput<typeof conditionSchema>
export type EligibilityFact = (typeof ELIGIBILITY_FACTS)[number]
export type Figure = v.InferOutput<typeof figureSchema>
export type ContentPack = v.InferOutput<typeof packSchema>
export type Edition = ContentPack['edition']

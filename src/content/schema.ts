import * as v from 'valibot'
import { DAY_MS, millisBetween } from './calendar'
import { MAX_HEADCOUNT, MAX_PACK_VERSION, MAX_PAY, MAX_POST_OPEN_DAYS, VERSION_RANGE } from './limits'
import {
  SCHEMA_VERSION,
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
import {
  idSchema,
  titleSchema,
  shortTextSchema,
  paragraphSchema,
  isoDateSchema,
  isoDateTimeSchema,
  isoInstantSchema,
  monthDaySchema,
  clockSchema,
  phoneSchema,
  httpsUrlSchema,
  locationSchema,
  sourceSchema,
  contactSchema,
  sectionSchema,
  unitSchema,
  stageSchema,
  isIsoDate,
} from './fields'
import { editionSchema, metaSchema } from './pack-meta'

// The plain values live in vocabulary.ts, free of valibot: a build that never validates (no content URL) leaves
// this file and valibot out while pages still read the category lists.
export * from './vocabulary'
export * from './fields'
export * from './pack-meta'

/**
 * The one schema of the content pack. Types are inferred from it; the same
 * schema validates the embedded content (content:check, tests) and packs
 * fetched at run time. It must stay free of Taro and React.
 */

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
  stage: stageSchema,
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

const PAY_CAP = `薪资不能超过 ${MAX_PAY} 元`

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
      min: v.pipe(v.number(), v.integer(), v.minValue(0, '薪资不能为负'), v.maxValue(MAX_PAY, PAY_CAP)),
      max: v.pipe(v.number(), v.integer(), v.minValue(0, '薪资不能为负'), v.maxValue(MAX_PAY, PAY_CAP)),
      unit: v.picklist(PAY_UNITS, '薪资单位应为 month / day / hour'),
    }),
    hours: shortTextSchema,
    headcount: v.pipe(
      v.number(),
      v.integer(),
      v.minValue(1, '招聘人数至少 1 人'),
      v.maxValue(MAX_HEADCOUNT, `招聘人数最多 ${MAX_HEADCOUNT} 人`),
    ),
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
      (j) => !isIsoDate(j.postedAt) || !isIsoDate(j.deadline) || j.deadline >= j.postedAt,
      '截止日期不能早于发布日期',
    ),
    ['deadline'],
  ),
  v.forward(
    v.check(
      (j) =>
        !isIsoDate(j.postedAt) ||
        !isIsoDate(j.deadline) ||
        millisBetween(j.postedAt, j.deadline) <= MAX_POST_OPEN_DAYS * DAY_MS,
      `截止日期最晚在发布后 ${MAX_POST_OPEN_DAYS} 天`,
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
  value: v.pipe(v.string(), v.regex(/^[\d.,]+$/, '应为数字，如 2000 或 6.1')),
  unit: unitSchema,
  /** The year the figure is about: shown with it, so a 2022 number never reads as this year's. */
  year: v.pipe(
    v.number('年份应为数字'),
    v.integer('年份应为整数'),
    v.minValue(2000, '年份不对'),
    v.maxValue(2100, '年份不对'),
  ),
  source: sourceSchema,
})
/** Home shows six key figures; a pack keeps at most this many (the summary in the main package holds them). */
export const MAX_FIGURES = 12
export const figuresSchema = v.pipe(v.array(figureSchema), v.maxLength(MAX_FIGURES, `关键数字最多 ${MAX_FIGURES} 个`))

export type Domain = (typeof DOMAINS)[number]

/** Each collection of a pack and the schema of its records: the checker and the studio both read this one map. */
export const RECORD_SCHEMAS = {
  towns: townSchema,
  livelihood: livelihoodSchema,
  jobs: jobSchema,
  events: eventSchema,
  attractions: attractionSchema,
  policies: policySchema,
  figures: figureSchema,
} as const

export const packSchema = v.object({
  schemaVersion: v.literal(SCHEMA_VERSION, `内容包格式版本应为 ${SCHEMA_VERSION}`),
  version: v.pipe(
    v.number(),
    v.safeInteger('版本号应为正整数'),
    v.minValue(1, '版本号应为正整数'),
    v.maxValue(MAX_PACK_VERSION, VERSION_RANGE),
  ),
  updatedAt: isoInstantSchema,
  edition: editionSchema,
  meta: v.optional(metaSchema),
  /** Home's key figures; a pack without them leaves the app's own in place. */
  figures: v.optional(figuresSchema),
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

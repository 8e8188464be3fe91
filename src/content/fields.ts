import * as v from 'valibot'
import { isRealDate } from './calendar'
import { DATE_YEARS, ID_MAX_LENGTH, ID_PATTERN, isWithinDateYears, TEXT_LIMITS } from './limits'
import { codePointLength, realPhoneIn, unshowableCharacter, withoutInvisible } from './text'
import { SOURCE_DOC, DISTRICT_BOUNDS } from './vocabulary'

/**
 * The pack's fields below the records: the rules every free text follows (no markup, nothing invisible or
 * unshowable, no real-looking phone number however it is spelled; see text.ts), ids, dates and times in Beijing time, phones, links, places, sources, contacts and
 * sections. schema.ts builds the records from them and re-exports them.
 */

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
/*
 * The rules every free text follows, wherever it sits. Passed to v.pipe one by
 * one, never spread: the build turns a spread call into v.pipe.apply(v, …),
 * which makes webpack keep all of valibot.
 */
const SHOWABLE = v.rawCheck<string>(({ dataset, addIssue }) => {
  const problem = dataset.typed ? unshowableCharacter(dataset.value) : undefined
  if (problem) addIssue({ message: problem })
})
const NO_MARKUP = v.check((s: string) => !MARKUP_PATTERN.test(withoutInvisible(s)), '不能含有标记、脚本或链接代码')
const NO_PHONE = v.check(
  (s: string) => realPhoneIn(s) === undefined,
  '不能写真实格式的电话号码（手机、座机、400 号码，全角数字、+86、加点或空格的写法也算）：示例号码用 0431-0000xxxx，或写公共热线 12345',
)

/** At most `max` characters as people count them (code points); the studio reads the limit from the metadata. */
function maxChars(max: number) {
  return v.check((s: string) => codePointLength(s) <= max, `不能超过 ${max} 字`)
}

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

const YEARS = v.check(isWithinDateYears, `年份应在 ${DATE_YEARS.min} 到 ${DATE_YEARS.max} 之间`)

function plainText(max: number) {
  return v.pipe(
    v.string('应为文本'),
    v.trim(),
    v.minLength(1, '不能为空'),
    maxChars(max),
    v.metadata({ maxLength: max }),
    SHOWABLE,
    NO_MARKUP,
    NO_PHONE,
  )
}

export const idSchema = v.pipe(
  v.string('应为文本'),
  v.maxLength(ID_MAX_LENGTH, `不能超过 ${ID_MAX_LENGTH} 个字符`),
  v.regex(ID_PATTERN, '编号只能用小写字母、数字和连字符（如 meihualu-jie）'),
)
export const titleSchema = plainText(TEXT_LIMITS.title)
export const shortTextSchema = plainText(TEXT_LIMITS.short)
export const paragraphSchema = plainText(TEXT_LIMITS.paragraph)

export const isoDateSchema = v.pipe(
  v.string('应为日期文本'),
  v.regex(DATE_PATTERN, '应为日期，如 2026-12-07'),
  v.check(isRealDate, '不是真实存在的日期'),
  YEARS,
)
export const isoDateTimeSchema = v.pipe(
  v.string('应为时间文本'),
  v.regex(DATE_TIME_PATTERN, '应为北京时间 YYYY-MM-DDTHH:mm+08:00'),
  v.check(isRealDate, '不是真实存在的日期'),
  YEARS,
)
/** A pack's updatedAt: any ISO-8601 instant with a zone. */
export const isoInstantSchema = v.pipe(
  v.string('应为时间文本'),
  v.isoTimestamp('应为 ISO 8601 时间（含时区）'),
  v.check(isRealDate, '不是真实存在的日期'),
  YEARS,
)
export const monthDaySchema = v.pipe(
  v.string(),
  v.regex(MONTH_DAY_PATTERN, '应为月-日，如 03-01'),
  // 2024 is a leap year, so 02-29 is allowed and 02-30 is not.
  v.check((md) => !MONTH_DAY_PATTERN.test(md) || isRealDate(`2024-${md}`), '不是真实存在的日期'),
)
export const clockSchema = v.pipe(v.string(), v.regex(CLOCK_PATTERN, '应为时刻，如 08:30'))
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

/** A figure's unit (万元, 个, %): short, may be empty, plain like every text. */
export const unitSchema = v.pipe(v.string(), maxChars(10), v.metadata({ maxLength: 10 }), SHOWABLE, NO_MARKUP, NO_PHONE)

/** A reported item's stage word as its quote states it (完成, 投入使用 …). */
export const stageSchema = v.pipe(
  v.string('应为文本'),
  v.minLength(1, '不能为空'),
  maxChars(12),
  v.metadata({ maxLength: 12 }),
  SHOWABLE,
  NO_MARKUP,
)

/** Whether a text has the YYYY-MM-DD shape (checks that compare two dates run only on well-formed ones). */
export function isIsoDate(text: string): boolean {
  return DATE_PATTERN.test(text)
}

import type { EligibilityCondition, EligibilityFact, Policy } from '@/content/schema'

/**
 * 我能申请吗: a few plain questions; each answer says what is true (or not)
 * about the household. Every policy states its conditions in the content
 * (`eligibility`); one pure function weighs them. Answers are neither stored
 * nor sent anywhere.
 */

/** What an answer says: facts true or false, and the age range of the person asking. */
export interface AnswerFacts {
  facts?: Partial<Record<EligibilityFact, boolean>>
  age?: readonly [number, number]
}

export interface SelfCheckOption extends AnswerFacts {
  value: string
  label: string
}

export interface SelfCheckQuestion {
  id: string
  text: string
  hint?: string
  options: readonly SelfCheckOption[]
}

/** Question id → chosen option value. Anything else in it is ignored. */
export type SelfCheckAnswers = Readonly<Record<string, string | undefined>>

export type Fit = 'likely' | 'ask'

/** What the self-check reads of a policy. */
export type CheckedPolicy = Pick<Policy, 'id' | 'title' | 'source' | 'eligibility'>

export interface SelfCheckSuggestion {
  policy: CheckedPolicy
  /** likely: every stated condition is met; ask: none fails, some are unknown from the answers. */
  fit: Fit
  /** The conditions met, in plain words. */
  met: string[]
  /** The conditions the answers do not tell (可以问问). */
  unknown: string[]
}

export interface SelfCheckResult {
  likely: SelfCheckSuggestion[]
  ask: SelfCheckSuggestion[]
}

const UNSURE = { value: 'unsure', label: '不清楚' } as const

export const SELF_CHECK_QUESTIONS: readonly SelfCheckQuestion[] = [
  {
    id: 'age',
    text: '您今年多大岁数？',
    options: [
      { value: 'under-16', label: '不到16岁', age: [0, 15] },
      { value: '16-59', label: '16到59岁', age: [16, 59] },
      { value: '60-64', label: '60到64岁', age: [60, 64] },
      { value: '65-79', label: '65到79岁', age: [65, 79] },
      { value: '80-plus', label: '80岁及以上', age: [80, 150] },
    ],
  },
  {
    id: 'hukou',
    text: '您的户口在哪里？',
    options: [
      { value: 'local-rural', label: '本地农村户口', facts: { 'local-hukou': true, 'rural-hukou': true } },
      { value: 'local-urban', label: '本地城镇户口', facts: { 'local-hukou': true, 'rural-hukou': false } },
      { value: 'elsewhere', label: '不是本地户口', facts: { 'local-hukou': false, 'rural-hukou': false } },
    ],
  },
  {
    id: 'livelihood',
    text: '家里的日子现在怎么样？',
    hint: '按实际情况选，不用往好了说，也不用往坏了说。',
    options: [
      {
        value: 'dibao',
        label: '已经是低保户或特困供养人员',
        facts: { 'dibao-or-tekun': true, 'low-income': true },
      },
      { value: 'registered', label: '是脱贫户或防返贫监测户', facts: { 'poverty-registered': true } },
      {
        value: 'hard',
        label: '一直很难，收入很低，吃饭看病都发愁',
        facts: { 'low-income': true, 'dibao-or-tekun': false, 'poverty-registered': false },
      },
      {
        value: 'sudden',
        label: '最近遭了灾、得了病或出了意外，日子一下子难了',
        facts: { 'sudden-hardship': true, 'dibao-or-tekun': false, 'poverty-registered': false },
      },
      {
        value: 'ok',
        label: '还过得去',
        facts: { 'low-income': false, 'sudden-hardship': false, 'dibao-or-tekun': false, 'poverty-registered': false },
      },
    ],
  },
  {
    id: 'support',
    text: '您是不是干不了活、没有收入，也没有子女或亲属能养您？',
    hint: '三样都是才选“是”。',
    options: [
      { value: 'yes', label: '是，三样都是', facts: { 'no-support': true } },
      { value: 'no', label: '不是', facts: { 'no-support': false } },
    ],
  },
  {
    id: 'disability',
    text: '家里有人有残疾吗？',
    options: [
      {
        value: 'severe',
        label: '有残疾证，一级或二级',
        facts: { disability: true, 'disability-certificate': true, 'severe-disability': true },
      },
      {
        value: 'certificate',
        label: '有残疾证，三级或四级',
        facts: { disability: true, 'disability-certificate': true, 'severe-disability': false },
      },
      {
        value: 'no-certificate',
        label: '有残疾，还没办残疾证',
        facts: { disability: true, 'disability-certificate': false, 'severe-disability': false },
      },
      {
        value: 'no',
        label: '没有',
        facts: { disability: false, 'disability-certificate': false, 'severe-disability': false },
      },
    ],
  },
  {
    id: 'illness',
    text: '这一两年，家里有人得了重病，或者看病花了一大笔钱吗？',
    options: [
      { value: 'yes', label: '有', facts: { 'serious-illness': true } },
      { value: 'no', label: '没有', facts: { 'serious-illness': false } },
    ],
  },
  {
    id: 'insurance',
    text: '您参加的是哪种医保？',
    options: [
      {
        value: 'resident',
        label: '城乡居民医保（新农合）',
        facts: { 'resident-medical-insurance': true, 'employee-insurance': false },
      },
      {
        value: 'employee',
        label: '单位给交的职工医保',
        facts: { 'resident-medical-insurance': false, 'employee-insurance': true },
      },
      {
        value: 'none',
        label: '都没参加',
        facts: { 'resident-medical-insurance': false, 'employee-insurance': false },
      },
      UNSURE,
    ],
  },
  {
    id: 'pension',
    text: '您参加的是哪种养老保险？',
    options: [
      { value: 'resident', label: '城乡居民养老保险（新农保）', facts: { 'employee-pension': false } },
      { value: 'employee', label: '单位给交的职工养老保险', facts: { 'employee-pension': true } },
      { value: 'none', label: '都没参加', facts: { 'employee-pension': false } },
      UNSURE,
    ],
  },
  {
    id: 'working',
    text: '您现在有工作吗？',
    hint: '上班、打工、做生意、在家种地养殖挣钱都算有工作。',
    options: [
      { value: 'yes', label: '有', facts: { working: true } },
      { value: 'no', label: '没有', facts: { working: false } },
    ],
  },
  {
    id: 'work',
    text: '家里有人想找活干、出去打工，或者想学门手艺吗？',
    options: [
      { value: 'yes', label: '有', facts: { 'job-seeker': true } },
      { value: 'no', label: '没有', facts: { 'job-seeker': false } },
    ],
  },
  {
    id: 'student',
    text: '家里有孩子在上学吗？',
    options: [
      {
        value: 'vocational',
        label: '有，上中职、高职或技校',
        facts: { student: true, 'vocational-student': true },
      },
      {
        value: 'other',
        label: '有，上幼儿园、中小学或大学',
        facts: { student: true, 'vocational-student': false },
      },
      { value: 'no', label: '没有', facts: { student: false, 'vocational-student': false } },
    ],
  },
  {
    id: 'farming',
    text: '您家种地或者搞养殖吗？',
    hint: '自家的承包地在种就算种地。',
    options: [
      { value: 'farming', label: '种地', facts: { farming: true, breeding: false } },
      { value: 'breeding', label: '搞养殖', facts: { farming: false, breeding: true } },
      { value: 'both', label: '又种地又养殖', facts: { farming: true, breeding: true } },
      { value: 'no', label: '都不', facts: { farming: false, breeding: false } },
    ],
  },
]

/** Each fact in the resident's words: what it means when true, and when false. */
export const FACT_WORDS: Readonly<Record<EligibilityFact, readonly [string, string]>> = {
  'local-hukou': ['户口在本地', '户口不在本地'],
  'rural-hukou': ['本地农村户口', '不是农村户口'],
  'dibao-or-tekun': ['是低保户或特困供养人员', '不是低保户或特困供养人员'],
  'poverty-registered': ['是脱贫户或防返贫监测户', '不是脱贫户或防返贫监测户'],
  'low-income': ['家里收入很低', '家里收入不算低'],
  'sudden-hardship': ['家里最近遭了灾、病或意外，日子一下子难了', '家里最近没有遭灾、遇急事'],
  'no-support': ['没有劳动能力、没有收入、没有人能养', '有劳动能力、收入或有人赡养'],
  disability: ['家里有人有残疾', '家里没有人有残疾'],
  'disability-certificate': ['家里有人持残疾人证', '没有残疾人证'],
  'severe-disability': ['残疾等级是一级或二级', '残疾等级不是一级或二级'],
  'serious-illness': ['家里有人得了重病、看病花钱多', '家里没有人得重病'],
  'resident-medical-insurance': ['参加了城乡居民医保', '没有参加城乡居民医保'],
  'employee-insurance': ['有单位交的职工医保', '没有单位交的职工医保'],
  'employee-pension': ['有单位交的职工养老保险', '没有单位交的职工养老保险'],
  working: ['现在有工作', '现在没有工作'],
  'job-seeker': ['家里有人想找活干或学手艺', '家里没有人想找活干'],
  farming: ['家里有地在种', '家里不种地'],
  breeding: ['家里搞养殖', '家里不搞养殖'],
  'vocational-student': ['家里有孩子上中职、高职或技校', '家里没有孩子上中职、高职或技校'],
  student: ['家里有孩子在上学', '家里没有孩子上学'],
  'stays-near-home': ['因为照顾家人、年纪大等原因出不了远门', '能出远门干活'],
  'conservation-tillage-done': ['今年按要求做了秸秆覆盖、免耕播种', '没有做保护性耕作'],
  'buying-farm-machine': ['买了或要买补贴目录里的农机', '不买农机'],
  'basic-needs-problem': ['住房、吃水或孩子上学有困难', '住房、吃水、上学都没问题'],
}

export const SELF_CHECK_DISCLAIMER =
  '这只是帮您对照看看，不是审批结果。能不能享受，要由有关部门核实后才算数。拿不准的，可以问户籍所在地的村（社区）委员会，或者打 12345 政务服务便民热线问一问。您的回答不会被保存，也不会发送出去。'

/** A condition in plain words: 80岁以上, 户口在本地, 不是低保户… */
export function conditionWords(condition: EligibilityCondition): string {
  if (condition.fact === 'age') {
    const { min, max } = condition
    if (min !== undefined && max !== undefined) return `${min}到${max}岁`
    if (min !== undefined) return `${min}岁以上`
    return `不满${(max ?? 0) + 1}岁`
  }
  const words = FACT_WORDS[condition.fact]
  return condition.is ? words[0] : words[1]
}

type Truth = boolean | undefined

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

interface Known {
  facts: Partial<Record<EligibilityFact, boolean>>
  age?: readonly [number, number]
}

/** What the answers say. Unknown question ids, odd values and 不清楚 say nothing. */
export function answerFacts(answers: unknown): Known {
  const known: Known = { facts: {} }
  if (!isRecord(answers)) return known
  for (const question of SELF_CHECK_QUESTIONS) {
    if (!Object.prototype.hasOwnProperty.call(answers, question.id)) continue
    const value = answers[question.id]
    if (typeof value !== 'string') continue
    const option = question.options.find((o) => o.value === value)
    if (!option) continue
    if (option.age) known.age = option.age
    Object.assign(known.facts, option.facts)
  }
  return known
}

function conditionTruth(condition: EligibilityCondition, known: Known): Truth {
  if (condition.fact === 'age') {
    if (!known.age) return undefined
    const [low, high] = known.age
    const min = condition.min ?? 0
    const max = condition.max ?? Number.POSITIVE_INFINITY
    if (low >= min && high <= max) return true
    if (high < min || low > max) return false
    return undefined
  }
  const fact = known.facts[condition.fact]
  return fact === undefined ? undefined : fact === condition.is
}

/**
 * Weighs one policy's conditions against the answers: every entry of
 * `all` must hold, an entry holds when any one of its conditions does.
 * Returns undefined for a programme (never suggested), for a policy whose
 * conditions are not met, and for one the answers say nothing in favour of.
 */
export function checkPolicy(policy: CheckedPolicy, answers: unknown): SelfCheckSuggestion | undefined {
  const eligibility: unknown = isRecord(policy) ? policy.eligibility : undefined
  if (!isRecord(eligibility) || eligibility.kind !== 'benefit' || !Array.isArray(eligibility.all)) return undefined
  const known = answerFacts(answers)
  const met: string[] = []
  const unknown: string[] = []
  for (const clause of eligibility.all as unknown[]) {
    if (!Array.isArray(clause) || clause.length === 0) return undefined
    const conditions = clause as EligibilityCondition[]
    const truths = conditions.map((c) => conditionTruth(c, known))
    const yes = truths.findIndex((t) => t === true)
    if (yes >= 0) met.push(conditionWords(conditions[yes]!))
    else if (truths.every((t) => t === false)) return undefined
    else
      unknown.push(
        conditions
          .filter((_, i) => truths[i] === undefined)
          .map(conditionWords)
          .join('，或'),
      )
  }
  if (met.length === 0) return undefined
  return { policy, fit: unknown.length === 0 ? 'likely' : 'ask', met, unknown }
}

/** 很可能符合 and 可以问问, each in content order; everything else is left out. */
export function checkPolicies(
  policies: readonly CheckedPolicy[],
  answers: SelfCheckAnswers | null | undefined,
): SelfCheckResult {
  const result: SelfCheckResult = { likely: [], ask: [] }
  if (!Array.isArray(policies)) return result
  for (const policy of policies) {
    const s = checkPolicy(policy, answers)
    if (s) result[s.fit].push(s)
  }
  return result
}

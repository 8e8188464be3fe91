import type { Policy, PolicyAudience } from '@/content/schema'

/**
 * 我能申请吗: a few plain questions whose answers map to policy audiences.
 * Pure functions only: answers are neither stored nor sent anywhere.
 */

export interface SelfCheckOption {
  value: string
  label: string
  /** Audiences this answer points to; none for answers like 不是. */
  audiences?: readonly PolicyAudience[]
  /** Why a matching policy is suggested, in the resident's words. */
  reason?: string
}

export interface SelfCheckQuestion {
  id: string
  text: string
  hint?: string
  options: readonly SelfCheckOption[]
}

export interface SelfCheckSuggestion {
  policy: Policy
  reasons: string[]
}

/** Question id → chosen option value. Anything else in it is ignored. */
export type SelfCheckAnswers = Readonly<Record<string, string | undefined>>

const NO = { value: 'no', label: '不是' } as const
const HAVE_NOT = { value: 'no', label: '没有' } as const

export const SELF_CHECK_QUESTIONS: readonly SelfCheckQuestion[] = [
  {
    id: 'age',
    text: '您今年多大岁数？',
    options: [
      { value: 'under-60', label: '不到60岁' },
      { value: '60-64', label: '60到64岁', audiences: ['elderly'], reason: '您60岁以上了' },
      { value: '65-79', label: '65到79岁', audiences: ['elderly'], reason: '您65岁以上了' },
      { value: '80-plus', label: '80岁及以上', audiences: ['elderly'], reason: '您80岁以上了' },
    ],
  },
  {
    id: 'rural-hukou',
    text: '您家是农村户口吗？',
    options: [{ value: 'yes', label: '是', audiences: ['rural-hukou'], reason: '您家是农村户口' }, NO],
  },
  {
    id: 'livelihood',
    text: '家里的日子现在怎么样？',
    hint: '按实际情况选，不用往好了说，也不用往坏了说。',
    options: [
      {
        value: 'hard',
        label: '一直很难，收入很低，吃饭看病都发愁',
        audiences: ['low-income'],
        reason: '您说家里收入低，日子一直很难',
      },
      {
        value: 'sudden',
        label: '最近遭了灾、得了病或出了意外，日子一下子难了',
        audiences: ['poverty-risk'],
        reason: '您说家里最近遇到了难处，怕日子过回去',
      },
      { value: 'ok', label: '还过得去' },
    ],
  },
  {
    id: 'disability',
    text: '家里有人有残疾吗？',
    hint: '还没办残疾证的也算。',
    options: [{ value: 'yes', label: '有', audiences: ['disabled'], reason: '家里有人有残疾' }, HAVE_NOT],
  },
  {
    id: 'illness',
    text: '这一两年，家里有人得了重病，或者看病花了一大笔钱吗？',
    options: [
      { value: 'yes', label: '有', audiences: ['serious-illness'], reason: '家里有人得了重病，看病花钱多' },
      HAVE_NOT,
    ],
  },
  {
    id: 'work',
    text: '家里有人想找活干、出去打工，或者想学门手艺吗？',
    options: [{ value: 'yes', label: '有', audiences: ['job-seeker'], reason: '家里有人想找活干或学手艺' }, HAVE_NOT],
  },
  {
    id: 'student',
    text: '家里有孩子在上学吗？',
    hint: '从幼儿园到大学，上职校、技校的也算。',
    options: [{ value: 'yes', label: '有', audiences: ['student'], reason: '家里有孩子在上学' }, HAVE_NOT],
  },
  {
    id: 'farming',
    text: '您家种地吗？',
    hint: '自家的承包地、租来的地都算。',
    options: [
      { value: 'yes', label: '种', audiences: ['farmer'], reason: '您家种地' },
      { value: 'no', label: '不种' },
    ],
  },
]

export const EVERYONE_REASON = '这项人人都用得上，建议都了解一下'

export const SELF_CHECK_DISCLAIMER =
  '这只是帮您对照看看，不是审批结果。能不能享受，要由有关部门核实后才算数。拿不准的，可以问户籍所在地的村（社区）委员会，或者打 12345 政务服务便民热线问一问。您的回答不会被保存，也不会发送出去。'

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Audiences the answers point to, each with the reason shown to the resident. Odd input is ignored. */
export function matchedAudiences(answers: unknown): Map<PolicyAudience, string> {
  const matched = new Map<PolicyAudience, string>()
  if (!isRecord(answers)) return matched
  for (const question of SELF_CHECK_QUESTIONS) {
    if (!Object.prototype.hasOwnProperty.call(answers, question.id)) continue
    const value = answers[question.id]
    if (typeof value !== 'string') continue
    const option = question.options.find((o) => o.value === value)
    for (const audience of option?.audiences ?? []) {
      if (!matched.has(audience)) matched.set(audience, option?.reason ?? '')
    }
  }
  return matched
}

/**
 * Policies that may apply, with why. Policies aimed at the situations answered
 * come first (more matching situations first, then content order); policies for
 * everyone follow; the rest are left out. Unanswered questions are simply skipped.
 */
export function suggestPolicies(
  policies: readonly Policy[],
  answers: SelfCheckAnswers | null | undefined,
): SelfCheckSuggestion[] {
  if (!Array.isArray(policies)) return []
  const matched = matchedAudiences(answers)
  const targeted: Array<SelfCheckSuggestion & { score: number; index: number }> = []
  const general: SelfCheckSuggestion[] = []

  policies.forEach((policy, index) => {
    const audiences: readonly unknown[] = isRecord(policy) && Array.isArray(policy.audiences) ? policy.audiences : []
    const reasons: string[] = []
    let score = 0
    for (const audience of audiences) {
      if (audience === 'everyone') continue
      const reason = matched.get(audience as PolicyAudience)
      if (reason === undefined) continue
      score += 1
      if (reason && !reasons.includes(reason)) reasons.push(reason)
    }
    if (score > 0) targeted.push({ policy, reasons, score, index })
    else if (audiences.includes('everyone')) general.push({ policy, reasons: [EVERYONE_REASON] })
  })

  targeted.sort((a, b) => b.score - a.score || a.index - b.index)
  return [...targeted.map(({ policy, reasons }) => ({ policy, reasons })), ...general]
}

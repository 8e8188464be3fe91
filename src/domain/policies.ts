import { POLICY_CATEGORIES, type Policy } from '@/content/schema'
import { formatDate } from './date'
import { searchDoc, searchText, type SearchDoc } from './search/document'
import { DEMO_PHONE_LABEL, isDemoPhone } from './phones'
import { spokenPhone } from './read-aloud'

export { POLICY_CATEGORIES }

export type PolicyCategory = Policy['category']

export interface PolicyFilter {
  category?: PolicyCategory
}

export interface PolicyCategoryCount {
  category: PolicyCategory
  count: number
}

/** Policies in content order, optionally one category. An unknown category matches nothing. */
export function listPolicies<P extends Pick<Policy, 'category'>>(
  policies: readonly P[],
  filter: PolicyFilter = {},
): P[] {
  const { category } = filter
  if (category === undefined) return [...policies]
  return policies.filter((p) => p.category === category)
}

/** Categories that hold at least one policy, in the schema's order, with counts. */
export function policyCategories(policies: ReadonlyArray<Pick<Policy, 'category'>>): PolicyCategoryCount[] {
  const counts = new Map<PolicyCategory, number>()
  for (const p of policies) counts.set(p.category, (counts.get(p.category) ?? 0) + 1)
  return POLICY_CATEGORIES.filter((c) => counts.has(c)).map((category) => ({
    category,
    count: counts.get(category) ?? 0,
  }))
}

const SENTENCE_END = /[。！？!?；;…]$/

/** Ends a piece with a full stop so speech engines pause between pieces. */
function sentence(text: string): string {
  const t = text.trim()
  if (t === '') return ''
  const bare = t.replace(/[，,、：:]+$/, '')
  return SENTENCE_END.test(bare) ? bare : `${bare}。`
}

function part(heading: string, lines: readonly string[]): string {
  const body = lines.map(sentence).filter(Boolean).join('')
  return body ? `${heading}：${body}` : ''
}

/**
 * The article as one plain string in reading order, for text-to-speech.
 * Sample content is said out loud too, since a listener cannot see the 示例 badge.
 */
export function policyReadAloudText(policy: Policy): string {
  const parts = [
    sentence(policy.title),
    sentence(policy.summary),
    part('谁能申请', policy.whoQualifies),
    part('要带什么', policy.whatToBring),
    part('去哪里办', policy.whereToGo),
    part(
      '打什么电话',
      // A fictional number is read as 示例号码, never as digits someone could dial.
      policy.whomToCall.map((c) =>
        isDemoPhone(c.phone)
          ? `${c.name.replace(`（${DEMO_PHONE_LABEL}）`, '')}，${DEMO_PHONE_LABEL}，不能拨打`
          : `${c.name.replace(new RegExp(`^${c.phone}\\s*`), '')}，电话 ${spokenPhone(c.phone)}`,
      ),
    ),
    ...(policy.sections ?? []).map((s) => part(s.heading, [...(s.paragraphs ?? []), ...(s.items ?? [])])),
    sentence(`本文整理于${formatDate(policy.reviewedAt)}`),
    policy.source.kind === 'sample'
      ? '这篇是示例说明，具体以当地公布为准。'
      : policy.source.kind === 'cited' && (policy.source.sampleFields?.length ?? 0) > 0
        ? '文中部分内容是示例说明，具体以当地公布为准。'
        : '',
  ]
  return parts.filter(Boolean).join('\n')
}

/** What search reads of a policy: the names it goes by, who qualifies, what to bring, where to go, its sections. */
export function policySearchDoc(p: Policy): SearchDoc {
  return searchDoc({
    domain: 'policies',
    id: p.id,
    title: p.title,
    names: p.keywords ?? [],
    tags: [p.category],
    body: searchText([
      p.summary,
      ...p.whoQualifies,
      ...p.whatToBring,
      ...p.whereToGo,
      ...p.whomToCall.map((c) => c.name),
      ...(p.sections ?? []).flatMap((s) => [s.heading, ...(s.paragraphs ?? []), ...(s.items ?? [])]),
    ]),
    subtitle: p.category,
    sample: p.source.kind === 'sample',
  })
}

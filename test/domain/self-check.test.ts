import policiesJson from '@/content/policies.json'
import { POLICY_AUDIENCES, type Policy } from '@/content/schema'
import towns from '@/content/towns.json'
import { validatePack } from '@/content/validate'
import {
  EVERYONE_REASON,
  SELF_CHECK_DISCLAIMER,
  SELF_CHECK_QUESTIONS,
  suggestPolicies,
  type SelfCheckAnswers,
} from '@/domain/self-check'

function policy(id: string, audiences: Policy['audiences']): Policy {
  return {
    id,
    title: `政策 ${id}`,
    category: '社会救助',
    summary: '说明。',
    audiences,
    whoQualifies: ['谁。'],
    whatToBring: ['身份证。'],
    whereToGo: ['村委会。'],
    whomToCall: [{ name: '12345 政务服务便民热线', phone: '12345' }],
    reviewedAt: '2026-11-20',
    source: { kind: 'sample' },
  }
}

const fixtures: Policy[] = [
  policy('a-low', ['low-income']),
  policy('b-low-ill', ['low-income', 'serious-illness']),
  policy('c-all', ['everyone']),
  policy('d-farm', ['farmer']),
  policy('e-ill-all', ['serious-illness', 'everyone']),
  policy('f-old', ['elderly']),
]

const ids = (list: ReturnType<typeof suggestPolicies>) => list.map((s) => s.policy.id)

describe('SELF_CHECK_QUESTIONS', () => {
  it('is a short list of plain questions with distinct ids and answers', () => {
    expect(SELF_CHECK_QUESTIONS.length).toBeGreaterThanOrEqual(5)
    expect(SELF_CHECK_QUESTIONS.length).toBeLessThanOrEqual(9)
    expect(new Set(SELF_CHECK_QUESTIONS.map((q) => q.id)).size).toBe(SELF_CHECK_QUESTIONS.length)
    for (const q of SELF_CHECK_QUESTIONS) {
      expect(q.text).toMatch(/？$/)
      expect(q.options.length).toBeGreaterThanOrEqual(2)
      expect(new Set(q.options.map((o) => o.value)).size).toBe(q.options.length)
      for (const o of q.options) {
        if (o.audiences?.length) expect(o.reason).toBeTruthy()
      }
    }
  })

  it('asks about every situation a policy can be aimed at', () => {
    const asked = new Set(SELF_CHECK_QUESTIONS.flatMap((q) => q.options.flatMap((o) => o.audiences ?? [])))
    expect([...asked].sort()).toEqual(POLICY_AUDIENCES.filter((a) => a !== 'everyone').sort())
  })

  it('asks age in bands from 60, 65 and 80', () => {
    const age = SELF_CHECK_QUESTIONS.find((q) => q.id === 'age')
    expect(age?.options.map((o) => o.label)).toEqual(['不到60岁', '60到64岁', '65到79岁', '80岁及以上'])
  })
})

describe('suggestPolicies on hand-made policies', () => {
  it('puts targeted policies first, most matching situations first, then the ones for everyone', () => {
    const result = suggestPolicies(fixtures, { livelihood: 'hard', illness: 'yes' })
    expect(ids(result)).toEqual(['b-low-ill', 'a-low', 'e-ill-all', 'c-all'])
    expect(result[0]?.reasons).toEqual(['您说家里收入低，日子一直很难', '家里有人得了重病，看病花钱多'])
    expect(result[1]?.reasons).toEqual(['您说家里收入低，日子一直很难'])
    expect(result[2]?.reasons).toEqual(['家里有人得了重病，看病花钱多'])
    expect(result[3]?.reasons).toEqual([EVERYONE_REASON])
  })

  it('gives only the policies for everyone when nothing is answered', () => {
    const result = suggestPolicies(fixtures, {})
    expect(ids(result)).toEqual(['c-all', 'e-ill-all'])
    expect(result.every((s) => s.reasons[0] === EVERYONE_REASON)).toBe(true)
  })

  it('treats "no" answers like unanswered ones', () => {
    const answers = {
      'rural-hukou': 'no',
      livelihood: 'ok',
      disability: 'no',
      illness: 'no',
      work: 'no',
      student: 'no',
      farming: 'no',
      age: 'under-60',
    }
    expect(ids(suggestPolicies(fixtures, answers))).toEqual(['c-all', 'e-ill-all'])
  })

  it('works with only some questions answered', () => {
    expect(ids(suggestPolicies(fixtures, { age: '80-plus' }))).toEqual(['f-old', 'c-all', 'e-ill-all'])
    expect(suggestPolicies(fixtures, { age: '80-plus' })[0]?.reasons).toEqual(['您80岁以上了'])
    expect(ids(suggestPolicies(fixtures, { farming: 'yes' }))).toEqual(['d-farm', 'c-all', 'e-ill-all'])
  })

  it.each<[string, unknown]>([
    ['null', null],
    ['undefined', undefined],
    ['a string', 'yes'],
    ['a number', 42],
    ['an array', ['age', '80-plus']],
    ['unknown question ids', { pets: 'yes', __proto__: { age: '80-plus' } }],
    ['odd values', { age: 80, livelihood: 'maybe', illness: true, farming: { yes: 1 }, student: null }],
    ['a prototype-less object', Object.assign(Object.create(null) as object, { nothing: 'yes' })],
  ])('ignores %s without throwing', (_label, answers) => {
    expect(ids(suggestPolicies(fixtures, answers as SelfCheckAnswers))).toEqual(['c-all', 'e-ill-all'])
  })

  it('copes with garbage policies', () => {
    expect(suggestPolicies(null as unknown as Policy[], { farming: 'yes' })).toEqual([])
    const odd = [{ id: 'x' }, null, policy('d-farm', ['farmer'])] as unknown as Policy[]
    expect(ids(suggestPolicies(odd, { farming: 'yes' }))).toEqual(['d-farm'])
  })

  it('changes neither the policies nor the answers', () => {
    const frozen = Object.freeze(
      fixtures.map((p) => Object.freeze({ ...p, audiences: Object.freeze([...p.audiences]) })),
    ) as unknown as Policy[]
    const answers = Object.freeze({ livelihood: 'hard' })
    expect(() => suggestPolicies(frozen, answers)).not.toThrow()
    expect(answers).toEqual({ livelihood: 'hard' })
  })
})

describe('suggestPolicies on the embedded policies', () => {
  const loaded = validatePack({
    schemaVersion: 1,
    version: 1,
    updatedAt: '2026-11-26T08:00:00+08:00',
    towns,
    livelihood: [],
    jobs: [],
    events: [],
    attractions: [],
    policies: policiesJson,
  })
  const policies = loaded.ok ? loaded.pack.policies : []
  const FOR_EVERYONE = ['jumin-yibao-jiaofei', 'yibao-baoxiao-dabing', 'jumin-yanglao-baoxian']

  it('loads', () => {
    expect(loaded.ok).toBe(true)
  })

  it('suggests only the policies for everyone when nothing is answered', () => {
    expect(ids(suggestPolicies(policies, {}))).toEqual(FOR_EVERYONE)
  })

  const LOW_INCOME = [
    'dibao',
    'tekun-gongyang',
    'linshi-jiuzhu',
    'yiliao-jiuzhu',
    'fangfanpin-jiance',
    'sanbaozhang-yianquan',
    'gongyi-gangwei',
  ]
  const ELDERLY = ['jumin-yanglao-baoxian', 'gaoling-jintie', 'yanglao-fuwu']

  it.each<[string, string, string[]]>([
    ['age', '60-64', ELDERLY],
    ['age', '65-79', ELDERLY],
    ['age', '80-plus', ELDERLY],
    ['rural-hukou', 'yes', ['daode-yinhang', 'aixin-chaoshi']],
    ['livelihood', 'hard', LOW_INCOME],
    ['livelihood', 'sudden', ['linshi-jiuzhu', 'fangfanpin-jiance', 'sanbaozhang-yianquan', 'gongyi-gangwei']],
    ['disability', 'yes', ['canjiren-liangxiang-butie']],
    ['illness', 'yes', ['yibao-baoxiao-dabing', 'yiliao-jiuzhu', 'fangfanpin-jiance']],
    ['work', 'yes', ['gongyi-gangwei', 'nongcun-laodongli-zhuanyi', 'jineng-peixun']],
    ['student', 'yes', ['yulu-jihua', 'xuesheng-zizhu']],
    ['farming', 'yes', ['gengdi-dili-baohu-butie', 'gaobiaozhun-nongtian', 'baohuxing-gengzuo', 'nongji-gouzhi-butie']],
  ])('%s = %s brings the policies aimed at it, then the ones for everyone', (question, value, expected) => {
    const result = suggestPolicies(policies, { [question]: value })
    const rest = FOR_EVERYONE.filter((id) => !expected.includes(id))
    expect(ids(result)).toEqual([...expected, ...rest])
    for (const s of result.slice(0, expected.length)) expect(s.reasons).not.toContain(EVERYONE_REASON)
  })

  it('ranks what fits several answers first for an older, hard-up farmer with a sick relative', () => {
    const result = suggestPolicies(policies, {
      age: '65-79',
      'rural-hukou': 'yes',
      livelihood: 'hard',
      illness: 'yes',
      farming: 'yes',
    })
    expect(ids(result).slice(0, 2)).toEqual(['yiliao-jiuzhu', 'fangfanpin-jiance'])
    expect(result[0]?.reasons).toEqual(['家里有人得了重病，看病花钱多', '您说家里收入低，日子一直很难'])
    expect(ids(result).slice(-1)).toEqual(['jumin-yibao-jiaofei'])
  })

  it('can reach every policy through some answer', () => {
    const all: SelfCheckAnswers = {
      age: '80-plus',
      'rural-hukou': 'yes',
      livelihood: 'hard',
      disability: 'yes',
      illness: 'yes',
      work: 'yes',
      student: 'yes',
      farming: 'yes',
    }
    const reached = new Set([
      ...ids(suggestPolicies(policies, all)),
      ...ids(suggestPolicies(policies, { livelihood: 'sudden' })),
    ])
    expect(policies.filter((p) => !reached.has(p.id)).map((p) => p.id)).toEqual([])
  })
})

describe('SELF_CHECK_DISCLAIMER', () => {
  it('says plainly it is guidance, not a decision, and whom to ask', () => {
    expect(SELF_CHECK_DISCLAIMER).toContain('不是审批结果')
    expect(SELF_CHECK_DISCLAIMER).toContain('村（社区）委员会')
    expect(SELF_CHECK_DISCLAIMER).toContain('12345')
    expect(SELF_CHECK_DISCLAIMER).toContain('不会被保存')
  })
})

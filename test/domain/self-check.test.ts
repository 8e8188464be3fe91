import policiesJson from '@/content/policies.json'
import { ELIGIBILITY_FACTS, type Policy } from '@/content/schema'
import towns from '@/content/towns.json'
import { validateRecords } from '@/content/validate'
import {
  checkPolicies,
  checkPolicy,
  conditionWords,
  FACT_WORDS,
  SELF_CHECK_DISCLAIMER,
  SELF_CHECK_QUESTIONS,
  type SelfCheckAnswers,
  type SelfCheckResult,
} from '@/domain/self-check'
import personasJson from '../fixtures/self-check-personas.json'

function loadPack(policies: unknown) {
  return validateRecords({
    schemaVersion: 1,
    version: 1,
    updatedAt: '2026-11-26T08:00:00+08:00',
    edition: 'demo',
    towns,
    livelihood: [],
    jobs: [],
    events: [],
    attractions: [],
    policies,
  })
}

const loaded = loadPack(policiesJson)
const policies = loaded.ok ? loaded.pack.policies : []
const ids = (list: SelfCheckResult['likely']) => list.map((s) => s.policy.id).sort()

function fixture(id: string, eligibility: Policy['eligibility']): Policy {
  return {
    id,
    title: `政策 ${id}`,
    category: '社会救助',
    summary: '说明。',
    audiences: ['everyone'],
    whoQualifies: ['谁。'],
    whatToBring: ['身份证。'],
    whereToGo: ['村委会。'],
    whomToCall: [{ name: '政务服务便民热线', phone: '12345' }],
    eligibility,
    reviewedAt: '2026-11-20',
    source: { kind: 'sample' },
  }
}

describe('the questions', () => {
  it('are plain questions with distinct ids and answers, each answer saying something', () => {
    expect(new Set(SELF_CHECK_QUESTIONS.map((q) => q.id)).size).toBe(SELF_CHECK_QUESTIONS.length)
    for (const q of SELF_CHECK_QUESTIONS) {
      expect(q.text).toMatch(/？$/)
      expect(new Set(q.options.map((o) => o.value)).size).toBe(q.options.length)
      for (const o of q.options) if (o.value !== 'unsure') expect(o.age ?? o.facts).toBeDefined()
    }
  })

  it('ask age in bands that split at 16, 60, 65 and 80', () => {
    const age = SELF_CHECK_QUESTIONS.find((q) => q.id === 'age')!
    expect(age.options.map((o) => o.label)).toEqual(['不到16岁', '16到59岁', '60到64岁', '65到79岁', '80岁及以上'])
  })

  it('have words for every fact, both ways', () => {
    for (const fact of ELIGIBILITY_FACTS) {
      expect(FACT_WORDS[fact][0]).toBeTruthy()
      expect(FACT_WORDS[fact][1]).toBeTruthy()
    }
    expect(conditionWords({ fact: 'age', min: 80 })).toBe('80岁以上')
    expect(conditionWords({ fact: 'age', max: 17 })).toBe('不满18岁')
    expect(conditionWords({ fact: 'employee-insurance', is: false })).toBe('没有单位交的职工医保')
    expect(conditionWords({ fact: 'employee-pension', is: false })).toBe('没有单位交的职工养老保险')
  })
})

describe('weighing conditions', () => {
  const p = fixture('p', {
    kind: 'benefit',
    all: [[{ fact: 'local-hukou', is: true }], [{ fact: 'age', min: 80 }]],
  })

  it('says 很可能符合 when every condition is met, naming each', () => {
    expect(checkPolicy(p, { hukou: 'local-urban', age: '80-plus' })).toMatchObject({
      fit: 'likely',
      met: ['户口在本地', '80岁以上'],
      unknown: [],
    })
  })

  it('says 可以问问 when none fails but some are unknown, naming what to ask', () => {
    expect(checkPolicy(p, { age: '80-plus' })).toMatchObject({ fit: 'ask', met: ['80岁以上'], unknown: ['户口在本地'] })
  })

  it('leaves a policy out when a condition fails, or when nothing answered points to it', () => {
    expect(checkPolicy(p, { hukou: 'local-urban', age: '65-79' })).toBeUndefined()
    expect(checkPolicy(p, { hukou: 'elsewhere', age: '80-plus' })).toBeUndefined()
    expect(checkPolicy(p, {})).toBeUndefined()
  })

  it('an entry holds when any one of its conditions does', () => {
    const either = fixture('e', {
      kind: 'benefit',
      all: [
        [
          { fact: 'age', min: 60 },
          { fact: 'disability', is: true },
        ],
        [{ fact: 'no-support', is: true }],
      ],
    })
    expect(checkPolicy(either, { age: '16-59', disability: 'certificate', support: 'yes' })?.fit).toBe('likely')
    expect(checkPolicy(either, { age: '16-59', disability: 'no', support: 'yes' })).toBeUndefined()
    expect(checkPolicy(either, { age: '16-59', support: 'yes' })).toMatchObject({
      fit: 'ask',
      unknown: ['家里有人有残疾'],
    })
  })

  it('an age band that straddles a limit is unknown, not met', () => {
    const from16 = fixture('a', {
      kind: 'benefit',
      all: [[{ fact: 'age', min: 18 }], [{ fact: 'job-seeker', is: true }]],
    })
    expect(checkPolicy(from16, { age: '16-59', work: 'yes' })).toMatchObject({ fit: 'ask', unknown: ['18岁以上'] })
  })

  it('never suggests a programme, whatever the answers', () => {
    const programme = fixture('g', { kind: 'programme' })
    expect(checkPolicy(programme, { farming: 'farming', hukou: 'local-rural' })).toBeUndefined()
    expect(
      checkPolicies(policies, { farming: 'both', hukou: 'local-rural', age: '16-59' }).likely.map((s) => s.policy.id),
    ).not.toEqual(expect.arrayContaining(['gaobiaozhun-nongtian']))
  })

  it.each<[string, unknown]>([
    ['null', null],
    ['a string', 'yes'],
    ['an array', ['age', '80-plus']],
    ['unknown ids and odd values', { pets: 'yes', age: 80, hukou: { x: 1 }, farming: null }],
    ['an inherited answer', Object.create({ age: '80-plus' }) as object],
  ])('ignores %s without throwing', (_label, answers) => {
    expect(checkPolicies(policies, answers as SelfCheckAnswers)).toEqual({ likely: [], ask: [] })
  })

  it('copes with garbage policies', () => {
    expect(checkPolicies(null as unknown as Policy[], { age: '80-plus' })).toEqual({ likely: [], ask: [] })
    const odd = [{ id: 'x' }, null, { id: 'y', eligibility: { kind: 'benefit', all: 'x' } }] as unknown as Policy[]
    expect(checkPolicies(odd, { age: '80-plus' })).toEqual({ likely: [], ask: [] })
  })

  it('changes neither the policies nor the answers', () => {
    const frozen = Object.freeze(policies.map((x) => Object.freeze({ ...x }))) as unknown as Policy[]
    const answers = Object.freeze({ age: '80-plus', hukou: 'local-rural' })
    expect(() => checkPolicies(frozen, answers)).not.toThrow()
    expect(answers).toEqual({ age: '80-plus', hukou: 'local-rural' })
  })
})

describe('the embedded policies', () => {
  it('load, every one with its conditions', () => {
    expect(loaded.ok).toBe(true)
    expect(policies.length).toBe(policiesJson.length)
  })

  it('mark what is not a personal benefit as a programme', () => {
    const programmes = policies.filter((p) => p.eligibility.kind === 'programme').map((p) => p.id)
    expect(programmes.sort()).toEqual(['aixin-chaoshi', 'daode-yinhang', 'gaobiaozhun-nongtian'])
  })

  it.each<[string, unknown, string]>([
    ['an unknown fact', { kind: 'benefit', all: [[{ fact: 'pets', is: true }]] }, '条件写法不对'],
    ['an age without limits', { kind: 'benefit', all: [[{ fact: 'age' }]] }, '年龄条件要写 min 或 max'],
    ['min above max', { kind: 'benefit', all: [[{ fact: 'age', min: 80, max: 60 }]] }, 'min 不能大于 max'],
    ['an empty entry', { kind: 'benefit', all: [[]] }, '每一条至少一个条件'],
    ['no conditions', { kind: 'benefit', all: [] }, '至少一条条件'],
    ['an unknown kind', { kind: 'maybe' }, 'kind 应为 benefit'],
  ])('the checker refuses %s', (_label, eligibility, message) => {
    const broken = policiesJson.map((p, i) => (i === 0 ? { ...p, eligibility } : p))
    const result = loadPack(broken)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(JSON.stringify(result.problems)).toContain(message)
  })

  it('the checker refuses a policy without conditions', () => {
    const { eligibility: _drop, ...rest } = policiesJson[0]!
    const result = loadPack([rest, ...policiesJson.slice(1)])
    expect(result.ok).toBe(false)
    if (!result.ok) expect(JSON.stringify(result.problems)).toContain('eligibility')
  })
})

describe('households (expected sets written by hand from the policy texts)', () => {
  const personas = personasJson.personas as Array<{
    name: string
    answers: SelfCheckAnswers
    likely: string[]
    ask: string[]
  }>

  it('a reason comes from the question that names it: 养老保险 from the pension answer, not the 医保 one', () => {
    const pension = policies.find((p) => p.id === 'jumin-yanglao-baoxian')!
    const medicalOnly = checkPolicy(pension, { age: '16-59', insurance: 'resident' })
    expect([medicalOnly?.fit, medicalOnly?.unknown]).toEqual(['ask', ['没有单位交的职工养老保险']])
    const answered = checkPolicy(pension, { age: '16-59', insurance: 'employee', pension: 'resident' })
    expect([answered?.fit, answered?.met]).toEqual(['likely', ['16岁以上', '没有单位交的职工养老保险']])
    expect(checkPolicy(pension, { age: '16-59', insurance: 'resident', pension: 'employee' })).toBeUndefined()
  })

  it('an 80-year-old is offered no scheme for people of working age, whatever the household wants', () => {
    const result = checkPolicies(policies, { age: '80-plus', hukou: 'local-rural', working: 'no', work: 'yes' })
    const offered = ids([...result.likely, ...result.ask])
    for (const id of ['nongcun-laodongli-zhuanyi', 'jineng-peixun', 'shiye-baoxian']) expect(offered).not.toContain(id)
  })

  it('there are at least ten', () => {
    expect(personas.filter((p) => Object.keys(p.answers).length >= 8).length).toBeGreaterThanOrEqual(10)
  })

  it.each(personas.map((p) => [p.name, p] as const))('%s', (_name, persona) => {
    const result = checkPolicies(policies, persona.answers)
    expect(ids(result.likely)).toEqual([...persona.likely].sort())
    expect(ids(result.ask)).toEqual([...persona.ask].sort())
    for (const s of [...result.likely, ...result.ask]) expect(s.met.length).toBeGreaterThan(0)
  })

  it('an 80-year-old rural resident is shown 高龄津贴 because of age and hukou; a 65-year-old is not', () => {
    const old = checkPolicies(policies, { age: '80-plus', hukou: 'local-rural' })
    const jintie = old.likely.find((s) => s.policy.id === 'gaoling-jintie')
    expect(jintie?.met).toEqual(['户口在本地', '80岁以上'])
    const younger = checkPolicies(policies, { age: '65-79', hukou: 'local-rural' })
    expect([...younger.likely, ...younger.ask].map((s) => s.policy.id)).not.toContain('gaoling-jintie')
  })

  it('a 65-year-old who answers everything is not offered most of the policies', () => {
    const r = checkPolicies(policies, personas[1]!.answers)
    expect(r.likely.length + r.ask.length).toBeLessThan(8)
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

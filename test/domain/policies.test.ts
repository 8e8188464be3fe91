import policiesJson from '@/content/policies.json'
import { POLICY_CATEGORIES, PUBLIC_HOTLINES, type Policy } from '@/content/schema'
import towns from '@/content/towns.json'
import { validateRecords } from '@/content/validate'
import { listPolicies, policyCategories, policyReadAloudText } from '@/domain/policies'
import { byId } from '@/domain/records'

function policy(over: Partial<Policy> & Pick<Policy, 'id' | 'category'>): Policy {
  return {
    title: `政策 ${over.id}`,
    summary: '一句话说明。',
    audiences: ['everyone'],
    whoQualifies: ['谁都可以。'],
    whatToBring: ['身份证。'],
    whereToGo: ['村委会。'],
    whomToCall: [{ name: '政务服务便民热线', phone: '12345' }],
    eligibility: { kind: 'programme' },
    reviewedAt: '2026-11-20',
    source: { kind: 'sample' },
    ...over,
  }
}

const fixtures: Policy[] = [
  policy({ id: 'yibao', category: '医疗保障' }),
  policy({ id: 'dibao', category: '社会救助' }),
  policy({ id: 'dabing', category: '医疗保障' }),
  policy({ id: 'yulu', category: '教育资助' }),
]

describe('listPolicies', () => {
  it('keeps content order when no category is given', () => {
    expect(listPolicies(fixtures).map((p) => p.id)).toEqual(['yibao', 'dibao', 'dabing', 'yulu'])
    expect(listPolicies(fixtures, {}).map((p) => p.id)).toEqual(['yibao', 'dibao', 'dabing', 'yulu'])
  })

  it('filters by category in content order', () => {
    expect(listPolicies(fixtures, { category: '医疗保障' }).map((p) => p.id)).toEqual(['yibao', 'dabing'])
    expect(listPolicies(fixtures, { category: '教育资助' }).map((p) => p.id)).toEqual(['yulu'])
  })

  it('returns nothing for a category without policies or an unknown one', () => {
    expect(listPolicies(fixtures, { category: '乡村治理' })).toEqual([])
    expect(listPolicies(fixtures, { category: '不存在' as Policy['category'] })).toEqual([])
  })

  it('does not hand out the caller’s array', () => {
    const list = listPolicies(fixtures)
    list.pop()
    expect(fixtures).toHaveLength(4)
  })
})

describe('policyCategories', () => {
  it('counts only categories that hold policies, in schema order', () => {
    expect(policyCategories(fixtures)).toEqual([
      { category: '社会救助', count: 1 },
      { category: '医疗保障', count: 2 },
      { category: '教育资助', count: 1 },
    ])
  })

  it('is empty for no policies', () => {
    expect(policyCategories([])).toEqual([])
  })
})

describe('byId', () => {
  it('finds a policy by id', () => {
    expect(byId(fixtures, 'dabing')?.title).toBe('政策 dabing')
  })

  it.each([['nope'], [''], [undefined], [null], [42], [' dibao'], ['DIBAO'], ['../dibao'], [['dibao']]])(
    'is undefined for %p',
    (id) => {
      expect(byId(fixtures, id)).toBeUndefined()
    },
  )
})

describe('policyReadAloudText', () => {
  it('reads the article in order as plain sentences', () => {
    const article = policy({
      id: 'dibao',
      category: '社会救助',
      title: '城乡低保',
      summary: '收入太低可以申请',
      whoQualifies: ['户口在本地。', '收入低于标准'],
      whatToBring: ['身份证'],
      whereToGo: ['乡镇（街道）社会救助窗口'],
      whomToCall: [
        { name: '政务服务便民热线', phone: '12345' },
        { name: '村便民服务站（示例号码）', phone: '0431-00001002' },
      ],
      sections: [
        { heading: '能领多少', paragraphs: ['以当地当年公布标准为准'] },
        { heading: '要注意', items: ['不收费！', '有变化要说'] },
      ],
      reviewedAt: '2026-11-20',
      source: { kind: 'cited', doc: '000_820736ea15743918.txt', quote: '城乡低保标准', sampleFields: ['sections'] },
    })
    expect(policyReadAloudText(article)).toBe(
      [
        '城乡低保。',
        '收入太低可以申请。',
        '谁能申请：户口在本地。收入低于标准。',
        '要带什么：身份证。',
        '去哪里办：乡镇（街道）社会救助窗口。',
        '打什么电话：政务服务便民热线，电话 1 2 3 4 5。村便民服务站，示例号码，不能拨打。',
        '能领多少：以当地当年公布标准为准。',
        '要注意：不收费！有变化要说。',
        '本文整理于2026年11月20日。',
        '文中部分内容是示例说明，具体以当地公布为准。',
      ].join('\n'),
    )
  })

  it('says a wholly sample article is a sample, and says nothing extra for a fully cited one', () => {
    const sample = policy({ id: 'a', category: '社会救助', reviewedAt: '2026-01-05' })
    expect(policyReadAloudText(sample).split('\n').slice(-2)).toEqual([
      '本文整理于2026年1月5日。',
      '这篇是示例说明，具体以当地公布为准。',
    ])
    const cited = policy({
      id: 'b',
      category: '社会救助',
      source: { kind: 'cited', doc: '000_820736ea15743918.txt', quote: '城乡低保标准' },
    })
    expect(policyReadAloudText(cited).split('\n').pop()).toBe('本文整理于2026年11月20日。')
  })
})

describe('the embedded policies', () => {
  const result = validateRecords({
    schemaVersion: 1,
    version: 1,
    updatedAt: '2026-11-26T08:00:00+08:00',
    edition: 'demo',
    towns,
    livelihood: [],
    jobs: [],
    events: [],
    attractions: [],
    policies: policiesJson,
  })

  it('pass the pack validator', () => {
    expect(result.ok ? [] : result.problems).toEqual([])
  })

  const policies = result.ok ? result.pack.policies : []

  it('hold at least 15 articles, each with sections', () => {
    expect(policies.length).toBeGreaterThanOrEqual(15)
    expect(policies.filter((p) => (p.sections?.length ?? 0) === 0).map((p) => p.id)).toEqual([])
  })

  it('cover every category the issue names', () => {
    const covered = policyCategories(policies).map((c) => c.category)
    for (const category of ['社会救助', '医疗保障', '防返贫监测', '就业帮扶', '农业支持', '乡村治理'] as const) {
      expect(covered).toContain(category)
    }
    expect(covered).toEqual(POLICY_CATEGORIES.filter((c) => covered.includes(c)))
  })

  it('cover the topics residents ask about', () => {
    const titles = policies.map((p) => `${p.title} ${(p.keywords ?? []).join(' ')}`).join('\n')
    for (const topic of [
      '低保',
      '特困',
      '临时救助',
      '医疗救助',
      '新农合',
      '大病保险',
      '防返贫',
      '扶贫岗位',
      '技能培训',
      '耕地地力',
      '高标准农田',
      '保护性耕作',
      '农机购置补贴',
      '道德银行',
      '爱心超市',
      '高龄津贴',
      '两项补贴',
      '雨露计划',
    ]) {
      expect(titles).toContain(topic)
    }
  })

  // Quotes are checked against the document itself by `content:check -- --sources <dir>` (run by .ci/run).
  it('cite the 2022 work summary for at least 8 policies', () => {
    const cited = policies.filter((p) => p.source.kind === 'cited')
    expect(cited.length).toBeGreaterThanOrEqual(8)
  })

  it('use the words people say for 低保 and 医保', () => {
    expect(byId(policies, 'dibao')?.keywords).toEqual(expect.arrayContaining(['低保', '吃低保', '最低生活保障']))
    expect(byId(policies, 'jumin-yibao-jiaofei')?.keywords).toEqual(
      expect.arrayContaining(['医保', '医疗保险', '新农合']),
    )
  })

  it('list only public hotlines or obviously fictional numbers, and name the fictional ones as examples', () => {
    for (const p of policies) {
      for (const c of p.whomToCall) {
        if ((PUBLIC_HOTLINES as readonly string[]).includes(c.phone)) {
          // The call button already says 拨打 12345; the name beside it must not say the number again.
          expect(c.name).not.toContain(c.phone)
        } else {
          expect(c.phone).toMatch(/^0431-0000\d{3,4}$/)
          expect(c.name).toContain('示例号码')
        }
      }
    }
  })

  it('invent no official amounts: sample articles state no sums of money', () => {
    for (const p of policies.filter((x) => x.source.kind === 'sample')) {
      expect([p.id, policyReadAloudText(p).match(/\d[\d.]*\s*[多余]?[万亿]?元/g)]).toEqual([p.id, null])
    }
  })

  it('were reviewed in 2026', () => {
    for (const p of policies) expect(p.reviewedAt.startsWith('2026-')).toBe(true)
  })

  it('read aloud as plain text that mentions every heading', () => {
    for (const p of policies) {
      const text = policyReadAloudText(p)
      expect(text.startsWith(p.title)).toBe(true)
      for (const s of p.sections ?? []) expect(text).toContain(`${s.heading}：`)
      expect(text).not.toMatch(/undefined|\[object/)
    }
  })
})

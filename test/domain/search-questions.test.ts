import { embeddedPack } from '@/content/index'
import { judgeSearch, shownOrder, type JudgedQuery } from '@/domain/search/judge'
import { readQuestion } from '@/domain/search/question'
import { search } from '@/domain/search/search'
import { searchIndex } from '@/domain/search/search-index'
import questions from '../fixtures/search-questions.json'

// The moment the question set was judged at (see its "about").
const NOW = '2026-11-26T10:00:00+08:00'
const first = (query: string) => shownOrder(search(embeddedPack, query, NOW))[0]

describe('questions as residents ask them (test/fixtures/search-questions.json)', () => {
  const queries = questions.questions as JudgedQuery[]

  it('has at least 40 hand-written questions, each naming a record that exists', () => {
    expect(queries.length).toBeGreaterThanOrEqual(40)
    for (const q of queries) {
      const [domain, id] = q.want.split('/') as [keyof typeof embeddedPack, string]
      const records = embeddedPack[domain] as ReadonlyArray<{ id: string }>
      expect([q.want, records.some((r) => r.id === id)]).toEqual([q.want, true])
    }
    expect(new Set(queries.map((q) => q.query)).size).toBe(queries.length)
  })

  it('puts the wanted record first for at least 90 % of them', () => {
    const score = judgeSearch(embeddedPack, queries, NOW)
    const misses = score.outcomes.filter((o) => o.rank !== 1)
    console.log(
      `questions: top-1 ${(score.top1 * 100).toFixed(1)} %, MRR ${score.mrr.toFixed(3)}; not first: ${JSON.stringify(misses)}`,
    )
    expect(score.top1).toBeGreaterThanOrEqual(0.9)
  })
})

describe('a sentence about work lists the posts too', () => {
  // 打工 is the 外出务工 policy's word, and also what the posts are: the son back home wants both.
  it('我儿子在外地打工回来想找活: the 外出务工 policy first, then open job posts', () => {
    const order = shownOrder(search(embeddedPack, '我儿子在外地打工回来想找活', NOW))
    expect(order[0]).toBe('policies/nongcun-laodongli-zhuanyi')
    expect(order.filter((id) => id.startsWith('jobs/')).length).toBeGreaterThanOrEqual(10)
  })
})

describe('open before closed', () => {
  it('司机: the open delivery post before the closed forklift post, which says it is closed', () => {
    const result = search(embeddedPack, '司机', NOW)
    const ids = result.hits.map((h) => h.id)
    expect(ids.indexOf('sheling-delivery-driver')).toBeLessThan(ids.indexOf('sheling-forklift-driver'))
    expect(result.hits.find((h) => h.id === 'sheling-forklift-driver')?.closed).toBe(true)
    expect(result.hits.find((h) => h.id === 'sheling-delivery-driver')?.closed).toBeUndefined()
  })

  it('灯会: the coming 2027 show before the ended 2026 one', () => {
    const ids = search(embeddedPack, '灯会', NOW).hits.map((h) => h.id)
    expect(ids.slice(0, 2)).toEqual(['spring-lantern-show-2027', 'lantern-festival-2026'])
  })

  it('without a moment nothing is called closed', () => {
    expect(search(embeddedPack, '司机').hits.some((h) => h.closed)).toBe(false)
  })
})

describe('losing a job', () => {
  it.each(['失业', '失业金', '下岗', '丢了工作', '没活干'])('%s finds the unemployment guidance first', (query) => {
    expect(first(query)).toBe('policies/shiye-baoxian')
  })
})

describe('a sample record is marked in its hit; a real one that matches as well comes first', () => {
  it('鹿: the festival the summary names before the sample deer park', () => {
    const hits = search(embeddedPack, '鹿', NOW).hits
    expect(hits.slice(0, 2).map((h) => [h.id, h.sample === true])).toEqual([
      ['meihualu-festival', false],
      ['deer-theme-park', true],
    ])
  })
})

describe('everyday words for farming and work', () => {
  it('种地有什么补贴: the farmland subsidy first, then farmland itself before subsidies for other people', () => {
    const ids = search(embeddedPack, '种地有什么补贴', NOW).hits.map((h) => h.id)
    expect(ids[0]).toBe('gengdi-dili-baohu-butie')
    expect(ids.indexOf('gaobiaozhun-nongtian')).toBeGreaterThan(-1)
    expect(ids.indexOf('gaobiaozhun-nongtian')).toBeLessThan(ids.indexOf('canjiren-liangxiang-butie'))
  })

  it('我想找个活干 finds the work guide and job posts, not only the unemployment policy', () => {
    const hits = search(embeddedPack, '我想找个活干', NOW).hits
    expect(hits[0]?.id).toBe('nongcun-laodongli-zhuanyi')
    expect(hits.some((h) => h.domain === 'jobs')).toBe(true)
  })
})

describe('reading a question', () => {
  it('reads a word search knows whole, even one that starts with a joining character (上学)', () => {
    const index = searchIndex(embeddedPack)
    expect(readQuestion('孩子上学有补助吗', index)?.words).toEqual(['孩子', '上学', '补助'])
    expect(readQuestion('上学要交钱吗', index)?.words).toEqual(['上学'])
    // A piece of a title is still not a word across a joining character (有补助 is not read as 有补).
    expect(readQuestion('上职校有什么补助', index)?.words).toEqual(['职校', '补助'])
  })
})

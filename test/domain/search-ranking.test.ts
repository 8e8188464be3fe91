import { embeddedPack } from '@/content/index'
import { hitFacts } from '@/domain/search/facts'
import type { SearchResult } from '@/domain/search/hit'
import { judgeSearch, shownOrder, type JudgedQuery } from '@/domain/search/judge'
import { cleanQuery } from '@/domain/search/query'
import { search } from '@/domain/search/search'
import { summaryOf } from '@/domain/summary'
import judged from '../fixtures/search-judged.json'

const first = (r: SearchResult) => (r.hits[0] ? `${r.hits[0].domain}/${r.hits[0].id}` : undefined)
const ids = (r: SearchResult) => r.hits.map((h) => `${h.domain}/${h.id}`)

describe('ranking a person agrees with', () => {
  it.each([
    ['梅花鹿', 'events/meihualu-festival'],
    ['鹿', 'events/meihualu-festival'],
    ['低保', 'policies/dibao'],
    ['雕塑公园', 'attractions/sculpture-park'],
    ['高龄津贴', 'policies/gaoling-jintie'],
    ['护林员', 'jobs/taiping-forest-ranger'],
  ])('%s puts %s first', (query, want) => {
    expect(first(search(embeddedPack, query))).toBe(want)
  })

  it('养老 puts a policy about old age first, not a job post', () => {
    const r = search(embeddedPack, '养老')
    expect(r.hits[0]?.domain).toBe('policies')
    expect(['policies/jumin-yanglao-baoxian', 'policies/yanglao-fuwu']).toContain(first(r))
  })

  it('a whole-title match beats a record that only starts with the words', () => {
    const order = ids(search(embeddedPack, '黑鱼村'))
    expect(order.indexOf('attractions/heiyu-village')).toBeGreaterThanOrEqual(0)
    expect(order.indexOf('attractions/heiyu-village')).toBeLessThan(
      order.indexOf('livelihood/heiyu-elderly-friendly-community'),
    )
  })

  it('a record about the words beats one that only mentions them in its text', () => {
    const r = search(embeddedPack, '梅花鹿')
    const festival = r.hits.findIndex((h) => h.id === 'meihualu-festival')
    const mentionsOnly = r.hits.findIndex((h) => h.titleRanges.length === 0)
    expect(mentionsOnly).toBeGreaterThan(festival)
  })

  it('groups follow their best hit, not a fixed order of domains', () => {
    expect(search(embeddedPack, '梅花鹿').groups[0]?.domain).toBe('events')
    expect(search(embeddedPack, '叉车').groups[0]?.domain).toBe('jobs')
    expect(search(embeddedPack, '低保').groups.map((g) => g.domain)).toEqual(['policies', 'livelihood'])
    for (const q of ['养老', '双阳', '公园', '鹿']) {
      const r = search(embeddedPack, q)
      const best = r.groups.map((g) => g.hits[0]!.score)
      expect(best).toEqual([...best].sort((a, b) => b - a))
      expect(r.hits[0]).toBe(r.groups[0]!.hits[0])
    }
  })

  it('attractions say 免费 once, not “免费 · 免费”', () => {
    const road = search(embeddedPack, '土柳线').hits.find((h) => h.domain === 'attractions')!
    expect(road.subtitle).toBe('免费 · 自驾')
  })
})

describe('forgiving input', () => {
  it('dibao finds 城乡低保 but not 保护性耕作 (initials must not match across words)', () => {
    const r = search(embeddedPack, 'dibao')
    expect(first(r)).toBe('policies/dibao')
    expect(ids(r)).not.toContain('policies/baohuxing-gengzuo')
  })

  it.each([
    ['mhlj', 'events/meihualu-festival'],
    ['meihualujie', 'events/meihualu-festival'],
    ['gljt', 'policies/gaoling-jintie'],
    ['shouyin', 'jobs/yunshan-supermarket-cashier'],
    ['chache', 'jobs/sheling-forklift-driver'],
  ])('pinyin %s finds %s', (query, want) => {
    expect(ids(search(embeddedPack, query))).toContain(want)
  })

  it.each([
    ['梅花路节', 'events/meihualu-festival', '路 and 鹿 are both lu'],
    ['消夏结', 'events/xiaoxia-festival', '结 and 节 are both jie'],
    ['低宝', 'policies/dibao', '宝 and 保 are both bao'],
    ['高龄金贴', 'policies/gaoling-jintie', '金 and 津 are both jin'],
    ['雕朔公园', 'attractions/sculpture-park', 'one character wrong in four'],
  ])('%s finds nothing itself but offers %s (%s)', (query, want) => {
    const r = search(embeddedPack, query)
    expect(r.total).toBe(0)
    expect(r.suggestions[0] && `${r.suggestions[0].domain}/${r.suggestions[0].id}`).toBe(want)
  })

  it('offers nothing for words that sound like nothing in the content', () => {
    expect(search(embeddedPack, '火星基地').suggestions).toEqual([])
    expect(search(embeddedPack, '梅花鹿').suggestions).toEqual([])
  })

  it('two characters are not enough to guess a wrong character', () => {
    // 梅树 is one character off 梅花, but in two characters that is a different word: no offer.
    for (const s of search(embeddedPack, '梅树').suggestions) expect(s.title).not.toContain('梅花')
  })
})

describe('the query as kept', () => {
  it('is capped at 64 characters and keeps no direction controls or invisible characters', () => {
    expect(cleanQuery('梅'.repeat(100_000))).toBe('梅'.repeat(64))
    expect(cleanQuery('\u202e梅花鹿\u202c')).toBe('梅花鹿')
    expect(cleanQuery('梅\u2067花\u2069鹿\u200f')).toBe('梅花鹿')
    expect(cleanQuery(undefined)).toBe('')
    expect(cleanQuery(`${'a'.repeat(63)}😀`)).toBe('a'.repeat(63))
    expect(search(embeddedPack, `\u202e${'鹿'.repeat(5000)}`).query).toBe('鹿'.repeat(64))
  })
})

describe('judged query set', () => {
  const queries = judged.queries as JudgedQuery[]

  it('has at least 40 hand-written queries, each naming a record that exists', () => {
    expect(queries.length).toBeGreaterThanOrEqual(40)
    for (const q of queries) {
      const [domain, id] = q.want.split('/') as [keyof typeof embeddedPack, string]
      const records = embeddedPack[domain] as ReadonlyArray<{ id: string }>
      expect(records.some((r) => r.id === id)).toBe(true)
    }
    expect(new Set(queries.map((q) => q.query)).size).toBe(queries.length)
  })

  it('puts the wanted record first for at least 90 % of the queries', () => {
    const score = judgeSearch(embeddedPack, queries)
    const misses = score.outcomes.filter((o) => o.rank !== 1)
    console.log(
      `judged set: top-1 ${(score.top1 * 100).toFixed(1)} %, MRR ${score.mrr.toFixed(3)}; not first: ${JSON.stringify(misses)}`,
    )
    expect(score.top1).toBeGreaterThanOrEqual(0.9)
    expect(score.mrr).toBeGreaterThanOrEqual(0.9)
  })

  it('scores what the page shows: hits, else the offers', () => {
    expect(shownOrder(search(embeddedPack, '梅花路节'))[0]).toBe('events/meihualu-festival')
    expect(judgeSearch(embeddedPack, [{ query: '火星基地', want: 'policies/dibao' }])).toMatchObject({
      top1: 0,
      mrr: 0,
    })
  })
})

describe('facts that help choose between hits', () => {
  const at = (iso: string) => new Date(iso).getTime()

  it('events: the dates of the run and its status, ended ones marked', () => {
    expect(
      hitFacts(embeddedPack, { domain: 'events', id: 'horse-show-week' }, at('2026-07-11T10:00:00+08:00')),
    ).toEqual({ text: '2026年7月10日—7月12日 · 进行中', over: false })
    expect(
      hitFacts(embeddedPack, { domain: 'events', id: 'horse-show-week' }, at('2026-11-26T10:00:00+08:00')),
    ).toEqual({ text: '2027年7月10日—7月12日 · 即将开始', over: false })
    expect(
      hitFacts(embeddedPack, { domain: 'events', id: 'fitness-walk-2025' }, at('2026-11-26T10:00:00+08:00')),
    ).toEqual({ text: '2025年9月13日 · 已结束', over: true })
  })

  it('events: a real festival whose dates are only an example shows no date, in the summary a page reads too', () => {
    const at26 = at('2026-11-26T10:00:00+08:00')
    for (const pack of [embeddedPack, summaryOf(embeddedPack)]) {
      expect(hitFacts(pack, { domain: 'events', id: 'meihualu-festival' }, at26)).toEqual({
        text: '日期待公布',
        over: false,
      })
      expect(hitFacts(pack, { domain: 'events', id: 'xiaoxia-festival' }, at26)).toEqual({
        text: '日期待公布',
        over: false,
      })
    }
  })

  it('jobs: the deadline, closed ones marked (pay is in the subtitle)', () => {
    const job = { domain: 'jobs', id: 'sheling-forklift-driver' } as const
    expect(hitFacts(embeddedPack, job, at('2026-11-18T10:00:00+08:00'))).toEqual({
      text: '2026年11月20日 · 还剩2天截止',
      over: false,
    })
    expect(hitFacts(embeddedPack, job, at('2026-11-21T10:00:00+08:00'))).toEqual({
      text: '2026年11月20日 · 已截止',
      over: true,
    })
    expect(search(embeddedPack, '叉车').hits[0]?.subtitle).toContain('4500–5500元/月')
  })

  it('attractions: open now or when they open next', () => {
    const park = { domain: 'attractions', id: 'deer-theme-park' } as const
    // Winter hours 09:00–16:00, closed on Mondays; 2026-11-26 is a Thursday, 2026-11-30 a Monday.
    expect(hitFacts(embeddedPack, park, at('2026-11-26T10:00:00+08:00'))).toEqual({
      text: '营业中 · 今日 16:00 闭园',
      over: false,
    })
    expect(hitFacts(embeddedPack, park, at('2026-11-30T10:00:00+08:00'))).toEqual({
      text: '已闭园 · 明日 09:00 开园',
      over: false,
    })
  })

  it('policies show their category in the subtitle', () => {
    expect(search(embeddedPack, '低保').hits[0]?.subtitle).toBe('社会救助')
  })
})

import * as v from 'valibot'
import figuresJson from '../../src/content/figures.json'
import livelihoodJson from '../../src/content/livelihood.json'
import townsJson from '../../src/content/towns.json'
import { figuresSchema, type LivelihoodProject, type Milestone } from '../../src/content/schema'
import { validatePack } from '../../src/content/validate'
import {
  coverageLabel,
  DISTRICT_WIDE,
  listProjects,
  livelihoodOverview,
  nextMilestone,
  PLAN_TOTAL,
  projectFacets,
  sortedMilestones,
  statusLabel,
  updatedLabel,
} from '../../src/domain/livelihood'
import { byId } from '../../src/domain/records'

function makeProject(
  overrides: Partial<LivelihoodProject> &
    Pick<LivelihoodProject, 'id' | 'title' | 'category' | 'status' | 'progress' | 'updatedAt'>,
): LivelihoodProject {
  return {
    summary: '测试项目',
    milestones: [{ date: '2026-03-01', title: '开工', done: overrides.status !== 'not-started' }],
    responsibleUnit: '区测试局',
    source: { kind: 'sample' },
    ...overrides,
  }
}

const school = makeProject({
  id: 'school',
  title: 'B 学校操场',
  category: '教育',
  townId: 'yunshan',
  status: 'done',
  progress: 100,
  updatedAt: '2026-11-20',
})
const road = makeProject({
  id: 'road',
  title: 'D 城区道路',
  category: '交通出行',
  townId: 'yunshan',
  status: 'in-progress',
  progress: 40,
  updatedAt: '2026-11-25',
})
const bridge = makeProject({
  id: 'bridge',
  title: 'C 河西桥',
  category: '交通出行',
  status: 'in-progress',
  progress: 40,
  updatedAt: '2026-10-01',
})
const clinic = makeProject({
  id: 'clinic',
  title: 'E 村卫生室',
  category: '医疗卫生',
  townId: 'qijia',
  status: 'not-started',
  progress: 0,
  updatedAt: '2026-09-01',
})
const park = makeProject({
  id: 'park',
  title: 'A 城区公园',
  category: '文化体育',
  townId: 'qijia',
  status: 'done',
  progress: 100,
  updatedAt: '2026-11-26',
})
const farm = makeProject({
  id: 'farm',
  title: 'F 高标准农田',
  category: '乡村振兴',
  townId: 'qijia',
  status: 'in-progress',
  progress: 80,
  updatedAt: '2026-06-30',
})
const fixtures = [school, road, bridge, clinic, park, farm]

const ids = (list: LivelihoodProject[]) => list.map((p) => p.id)

describe('listProjects', () => {
  it('lists everything in content order without filters', () => {
    expect(ids(listProjects(fixtures))).toEqual(['school', 'road', 'bridge', 'clinic', 'park', 'farm'])
    expect(ids(listProjects(fixtures, { category: '', townId: '', status: '' }))).toHaveLength(6)
  })

  it('combines category, town and status filters', () => {
    expect(ids(listProjects(fixtures, { category: '交通出行' }))).toEqual(['road', 'bridge'])
    expect(ids(listProjects(fixtures, { category: '交通出行', townId: 'yunshan' }))).toEqual(['road'])
    expect(ids(listProjects(fixtures, { category: '交通出行', townId: 'yunshan', status: 'done' }))).toEqual([])
    expect(ids(listProjects(fixtures, { townId: 'qijia', status: 'in-progress' }))).toEqual(['farm'])
    expect(ids(listProjects(fixtures, { status: 'in-progress' }))).toEqual(['road', 'bridge', 'farm'])
  })

  it('filters district-wide projects (no town) with DISTRICT_WIDE', () => {
    expect(ids(listProjects(fixtures, { townId: DISTRICT_WIDE }))).toEqual(['bridge'])
  })

  it('matches nothing for unknown filter values instead of throwing', () => {
    expect(listProjects(fixtures, { category: '不存在的类别' })).toEqual([])
    expect(listProjects(fixtures, { status: 'finished' })).toEqual([])
    expect(listProjects(fixtures, { townId: 'toString' })).toEqual([])
    expect(listProjects(undefined as unknown as LivelihoodProject[], { category: '教育' })).toEqual([])
  })

  it('sorts by progress, furthest first, ties by title', () => {
    expect(ids(listProjects(fixtures, { sort: 'progress' }))).toEqual([
      'park',
      'school',
      'farm',
      'bridge',
      'road',
      'clinic',
    ])
  })

  it('sorts by latest update', () => {
    expect(ids(listProjects(fixtures, { sort: 'updated' }))).toEqual([
      'park',
      'road',
      'school',
      'bridge',
      'clinic',
      'farm',
    ])
    expect(ids(listProjects(fixtures, { status: 'in-progress', sort: 'updated' }))).toEqual(['road', 'bridge', 'farm'])
  })

  it('keeps content order for an unknown sort and never reorders the input', () => {
    const input = [...fixtures]
    expect(ids(listProjects(input, { sort: 'random' }))).toEqual(['school', 'road', 'bridge', 'clinic', 'park', 'farm'])
    listProjects(input, { sort: 'progress' })
    expect(ids(input)).toEqual(['school', 'road', 'bridge', 'clinic', 'park', 'farm'])
  })
})

describe('byId', () => {
  it('finds a project by id and returns undefined otherwise', () => {
    expect(byId(fixtures, 'road')?.title).toBe('D 城区道路')
    expect(byId(fixtures, 'nope')).toBeUndefined()
    expect(byId(fixtures, '')).toBeUndefined()
    expect(byId(fixtures, undefined)).toBeUndefined()
  })
})

describe('projectFacets', () => {
  it('counts each group with the other groups’ filters applied', () => {
    const facets = projectFacets(fixtures, { category: '交通出行' })
    expect(facets.total).toBe(2)
    expect(facets.category).toEqual({
      教育: 1,
      医疗卫生: 1,
      文化体育: 1,
      城市建设: 0,
      交通出行: 2,
      乡村振兴: 1,
      生态环境: 0,
      社会保障: 0,
      就业创业: 0,
      便民服务: 0,
    })
    expect(facets.status).toEqual({ 'not-started': 0, 'in-progress': 2, done: 0 })
    expect(facets.town).toEqual({ yunshan: 1, [DISTRICT_WIDE]: 1 })
  })

  it('narrows category counts by status and town', () => {
    const facets = projectFacets(fixtures, { status: 'in-progress', townId: 'qijia' })
    expect(facets.total).toBe(1)
    expect(facets.category.乡村振兴).toBe(1)
    expect(facets.category.交通出行).toBe(0)
    expect(facets.status).toEqual({ 'not-started': 1, 'in-progress': 1, done: 1 })
    expect(facets.town).toEqual({ yunshan: 1, qijia: 1, [DISTRICT_WIDE]: 1 })
  })

  it('gives zero counts, not a crash, for unknown filters', () => {
    const facets = projectFacets(fixtures, { category: '不存在的类别' })
    expect(facets.total).toBe(0)
    expect(facets.status).toEqual({ 'not-started': 0, 'in-progress': 0, done: 0 })
    expect(facets.town).toEqual({})
    expect(facets.category.教育).toBe(1)
  })
})

describe('livelihoodOverview', () => {
  it('totals by status, category and town', () => {
    const overview = livelihoodOverview(fixtures)
    expect(overview.total).toBe(6)
    expect(overview.planTotal).toBe(63)
    expect(overview.byStatus).toEqual({ done: 2, 'in-progress': 3, 'not-started': 1 })
    expect(overview.averageProgress).toBe(60)
    expect(overview.byCategory).toEqual([
      { category: '交通出行', count: 2, done: 0, averageProgress: 40 },
      { category: '教育', count: 1, done: 1, averageProgress: 100 },
      { category: '医疗卫生', count: 1, done: 0, averageProgress: 0 },
      { category: '文化体育', count: 1, done: 1, averageProgress: 100 },
      { category: '乡村振兴', count: 1, done: 0, averageProgress: 80 },
    ])
    expect(overview.byTown).toEqual([
      { townId: 'qijia', count: 3, done: 1, averageProgress: 60 },
      { townId: 'yunshan', count: 2, done: 1, averageProgress: 70 },
      { townId: DISTRICT_WIDE, count: 1, done: 0, averageProgress: 40 },
    ])
  })

  it('rounds average progress to a whole percent', () => {
    const a = makeProject({
      id: 'a',
      title: 'a',
      category: '教育',
      status: 'in-progress',
      progress: 33,
      updatedAt: '2026-01-01',
    })
    const b = makeProject({
      id: 'b',
      title: 'b',
      category: '教育',
      status: 'in-progress',
      progress: 34,
      updatedAt: '2026-01-01',
    })
    expect(livelihoodOverview([a, b]).byCategory).toEqual([
      { category: '教育', count: 2, done: 0, averageProgress: 34 },
    ])
  })

  it('handles an empty list', () => {
    const overview = livelihoodOverview([])
    expect(overview).toEqual({
      total: 0,
      planTotal: 63,
      byStatus: { done: 0, 'in-progress': 0, 'not-started': 0 },
      averageProgress: 0,
      byCategory: [],
      byTown: [],
    })
  })
})

describe('labels', () => {
  it('shows coverage only while the content holds fewer projects than the plan', () => {
    expect(coverageLabel(40)).toBe('已收录 40 / 63 项')
    expect(coverageLabel(0)).toBe('已收录 0 / 63 项')
    expect(coverageLabel(62)).toBe('已收录 62 / 63 项')
    expect(coverageLabel(63)).toBeNull()
    expect(coverageLabel(70)).toBeNull()
    expect(coverageLabel(Number.NaN)).toBeNull()
  })

  it('names statuses in Chinese', () => {
    expect(statusLabel('done')).toBe('已完成')
    expect(statusLabel('in-progress')).toBe('推进中')
    expect(statusLabel('not-started')).toBe('未开工')
    expect(statusLabel('toString')).toBe('状态未知')
  })

  it('says how long ago a project was updated, in Beijing days', () => {
    const now = '2026-11-26T10:00:00+08:00'
    expect(updatedLabel('2026-11-26', now)).toBe('今天更新')
    expect(updatedLabel('2026-11-25', now)).toBe('昨天更新')
    expect(updatedLabel('2026-11-23', now)).toBe('3天前更新')
    expect(updatedLabel('2026-10-28', now)).toBe('29天前更新')
    expect(updatedLabel('2026-09-03', now)).toBe('2026年9月3日更新')
    // 00:30 in Beijing is still the previous day in New York, where the tests run.
    expect(updatedLabel('2026-11-25', '2026-11-26T00:30:00+08:00')).toBe('昨天更新')
    expect(updatedLabel('2026-11-25', '2026-11-25T23:59:00+08:00')).toBe('今天更新')
  })

  it('gives an empty label for an unreadable date', () => {
    expect(updatedLabel('not a date', '2026-11-26T10:00:00+08:00')).toBe('')
  })
})

describe('milestones', () => {
  const list: Milestone[] = [
    { date: '2027-03-31', title: '交付使用', done: false },
    { date: '2026-03-20', title: '主体封顶', done: true },
    { date: '2026-09-30', title: '设备安装', done: false },
  ]

  it('sorts oldest first without changing the input', () => {
    expect(sortedMilestones(list).map((m) => m.title)).toEqual(['主体封顶', '设备安装', '交付使用'])
    expect(list[0]?.title).toBe('交付使用')
  })

  it('finds the next milestone to reach', () => {
    expect(nextMilestone(list)?.title).toBe('设备安装')
    expect(nextMilestone([{ date: '2026-01-01', title: '完成', done: true }])).toBeUndefined()
  })
})

describe('the embedded livelihood content', () => {
  const projects = livelihoodJson as unknown as LivelihoodProject[]
  const NOW = '2026-11-26'

  it('holds exactly the 63 projects of the plan', () => {
    expect(projects).toHaveLength(63)
    expect(PLAN_TOTAL).toBe(63)
    expect(coverageLabel(projects.length)).toBeNull()
  })

  it('passes the schema and reference checks', () => {
    const result = validatePack({
      schemaVersion: 1,
      version: 1,
      updatedAt: '2026-11-26T08:00:00+08:00',
      edition: 'demo',
      towns: townsJson,
      livelihood: livelihoodJson,
      jobs: [],
      events: [],
      attractions: [],
      policies: [],
    })
    expect(result.ok ? [] : result.problems).toEqual([])
  })

  // Quotes are checked against the document itself by `content:check -- --sources <dir>` (run by .ci/run).
  it('cites the source in at least 30 records', () => {
    const cited = projects.filter((p) => p.source.kind === 'cited')
    expect(cited.length).toBeGreaterThanOrEqual(30)
  })

  it('covers the projects the source names', () => {
    const cited = projects.flatMap((p) => (p.source.kind === 'cited' ? [`${p.title} ${p.source.quote}`] : []))
    const named = [
      '153中学',
      '全民健身中心',
      '区医院',
      '改厕6250户',
      '示范村17个',
      '高标准农田11万亩',
      '保护性耕作58万亩',
      '石溪河公园',
      '雕塑公园',
      '北出口',
      '南出口',
      'U型界面',
      '22万平方米',
      '黄山路',
      '杏树河西桥',
      '玉山路',
      '天盛御景溪岸',
      '长双快速路',
      '九台至双阳段',
      '珲阿公路',
      '公交换乘中心',
      '如意湖',
      '龙头门河道',
      '奢岭净水厂',
      '山河街区',
      '土顶街区',
      '再生资源回收利用产业园',
      '智慧城市综合管理服务平台',
      '黑顶子河',
      '4.9万亩',
      '扶贫岗位232个',
      '春城驿家',
      '道德银行',
      '黑鱼村',
      '消费券300万元',
      '就业岗位2000余个',
      '衔接资金项目40个',
    ]
    expect(named.filter((name) => !cited.some((text) => text.includes(name)))).toEqual([])
  })

  it('marks invented details of cited records as sample fields', () => {
    const unmarked = projects.flatMap((p) => {
      if (p.source.kind !== 'cited') return []
      const fields = p.source.sampleFields ?? []
      const needed = [
        'status',
        'progress',
        'milestones',
        'responsibleUnit',
        'updatedAt',
        ...(p.location ? ['location'] : []),
        ...(p.address ? ['address'] : []),
      ]
      return needed.filter((f) => !fields.includes(f)).map((f) => `${p.id}.${f}`)
    })
    expect(unmarked).toEqual([])
  })

  it('mixes done, in-progress and not-started projects roughly 6:3:1', () => {
    const { byStatus } = livelihoodOverview(projects)
    expect(byStatus.done).toBeGreaterThanOrEqual(34)
    expect(byStatus.done).toBeLessThanOrEqual(42)
    expect(byStatus['in-progress']).toBeGreaterThanOrEqual(15)
    expect(byStatus['in-progress']).toBeLessThanOrEqual(23)
    expect(byStatus['not-started']).toBeGreaterThanOrEqual(4)
    expect(byStatus['not-started']).toBeLessThanOrEqual(9)
  })

  it('has several updates in the last weeks before the app date, none in the future', () => {
    expect(projects.filter((p) => p.updatedAt >= '2026-11-01' && p.updatedAt <= NOW).length).toBeGreaterThanOrEqual(5)
    expect(
      projects.filter((p) => updatedLabel(p.updatedAt, `${NOW}T10:00:00+08:00`) === '3天前更新').length,
    ).toBeGreaterThanOrEqual(1)
    expect(projects.filter((p) => p.updatedAt > NOW).map((p) => p.id)).toEqual([])
  })

  it('keeps milestones in order and consistent with status and dates', () => {
    const problems = projects.flatMap((p) => {
      const found: string[] = []
      const dates = p.milestones.map((m) => m.date)
      if (dates.join() !== [...dates].sort().join()) found.push(`${p.id}: 节点未按日期排列`)
      if (p.milestones.length > 5) found.push(`${p.id}: 节点超过 5 个`)
      const done = p.milestones.filter((m) => m.done)
      const open = p.milestones.filter((m) => !m.done)
      if (p.status === 'done' && open.length > 0) found.push(`${p.id}: 已完成却有未完成节点`)
      if (p.status === 'not-started' && done.length > 0) found.push(`${p.id}: 未开工却有已完成节点`)
      if (p.status === 'in-progress' && (done.length === 0 || open.length === 0))
        found.push(`${p.id}: 推进中应有已完成和未完成节点`)
      if (done.some((m) => m.date > p.updatedAt)) found.push(`${p.id}: 已完成节点晚于更新日期`)
      if (open.some((m) => m.date <= NOW)) found.push(`${p.id}: 未完成节点日期已过`)
      return found
    })
    expect(problems).toEqual([])
  })

  it('gives coordinates to projects that sit at one spot', () => {
    const located = projects.filter((p) => p.location)
    expect(located.length).toBeGreaterThanOrEqual(8)
  })
})

describe('the embedded key figures', () => {
  it('has 8–10 figures that pass the schema and quote the source', () => {
    expect(figuresJson.length).toBeGreaterThanOrEqual(8)
    expect(figuresJson.length).toBeLessThanOrEqual(10)
    const parsed = v.safeParse(figuresSchema, figuresJson)
    expect(parsed.success ? [] : parsed.issues.map((i) => i.message)).toEqual([])
    expect(figuresJson.filter((f) => f.source.kind !== 'cited').map((f) => f.id)).toEqual([])
  })

  it('shows each figure’s number as the source states it', () => {
    const notInQuote = figuresJson.filter((f) => !f.source.quote.includes(`${f.value}${f.unit}`)).map((f) => f.id)
    expect(notInQuote).toEqual([])
    expect(figuresJson.find((f) => f.id === 'livelihood-projects')?.value).toBe('63')
  })
})

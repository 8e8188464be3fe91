import * as v from 'valibot'
import figuresJson from '../../src/content/figures.json'
import livelihoodJson from '../../src/content/livelihood.json'
import townsJson from '../../src/content/towns.json'
import { figuresSchema, type DemoProject, type LivelihoodItem, type Milestone } from '../../src/content/schema'
import { validateRecords } from '../../src/content/validate'
import {
  demoPlan,
  groupReported,
  listProjects,
  livelihoodOverview,
  nextMilestone,
  PLAN_STATEMENT,
  projectFacets,
  reportedItems,
  sortedMilestones,
  stageLabel,
  projectStatusLabel,
  trackerFigures,
  updatedLabel,
} from '../../src/domain/livelihood'
import { byId } from '../../src/domain/records'

function makeProject(
  overrides: Partial<DemoProject> &
    Pick<DemoProject, 'id' | 'title' | 'category' | 'status' | 'progress' | 'updatedAt'>,
): DemoProject {
  return {
    kind: 'demo',
    summary: '测试项目',
    milestones: [{ date: '2026-03-01', title: '开工', done: overrides.status !== 'not-started' }],
    responsibleUnit: '测试单位（虚构）',
    source: { kind: 'sample' },
    ...overrides,
  }
}

const school = makeProject({
  id: 'school',
  title: 'B 学校操场',
  category: '教育',
  status: 'done',
  progress: 100,
  updatedAt: '2026-11-20',
})
const road = makeProject({
  id: 'road',
  title: 'D 城区道路',
  category: '交通出行',
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
  status: 'not-started',
  progress: 0,
  updatedAt: '2026-09-01',
})
const park = makeProject({
  id: 'park',
  title: 'A 城区公园',
  category: '文化体育',
  status: 'done',
  progress: 100,
  updatedAt: '2026-11-26',
})
const farm = makeProject({
  id: 'farm',
  title: 'F 高标准农田',
  category: '乡村振兴',
  status: 'in-progress',
  progress: 80,
  updatedAt: '2026-06-30',
})
const fixtures = [school, road, bridge, clinic, park, farm]

const ids = (list: DemoProject[]) => list.map((p) => p.id)

describe('listProjects', () => {
  it('lists everything in content order without filters', () => {
    expect(ids(listProjects(fixtures))).toEqual(['school', 'road', 'bridge', 'clinic', 'park', 'farm'])
    expect(ids(listProjects(fixtures, { category: '', status: '' }))).toHaveLength(6)
  })

  it('combines category and status filters', () => {
    expect(ids(listProjects(fixtures, { category: '交通出行' }))).toEqual(['road', 'bridge'])
    expect(ids(listProjects(fixtures, { category: '交通出行', status: 'done' }))).toEqual([])
    expect(ids(listProjects(fixtures, { category: '乡村振兴', status: 'in-progress' }))).toEqual(['farm'])
    expect(ids(listProjects(fixtures, { status: 'in-progress' }))).toEqual(['road', 'bridge', 'farm'])
  })

  it('lists only demo-plan projects, never a reported item', () => {
    const reported = {
      id: 'reported',
      kind: 'reported',
      title: '某项工作',
      category: '交通出行',
      stage: '完成',
      year: 2022,
      chapter: '城市品质大幅提升',
      source: { kind: 'cited', doc: '000_820736ea15743918.txt', quote: '完成' },
    } as const
    const mixed = [reported, ...fixtures] as unknown as DemoProject[]
    expect(ids(listProjects(mixed, { category: '交通出行' }))).toEqual(['road', 'bridge'])
    expect(projectFacets(mixed).total).toBe(6)
    expect(livelihoodOverview(mixed).total).toBe(6)
  })

  it('matches nothing for unknown filter values instead of throwing', () => {
    expect(listProjects(fixtures, { category: '不存在的类别' })).toEqual([])
    expect(listProjects(fixtures, { status: 'finished' })).toEqual([])
    expect(listProjects(fixtures, { category: 'toString' })).toEqual([])
    expect(listProjects(undefined as unknown as DemoProject[], { category: '教育' })).toEqual([])
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
  })

  it('narrows category counts by status', () => {
    const facets = projectFacets(fixtures, { status: 'in-progress', category: '乡村振兴' })
    expect(facets.total).toBe(1)
    expect(facets.category.乡村振兴).toBe(1)
    expect(facets.category.交通出行).toBe(2)
    expect(facets.category.教育).toBe(0)
    expect(facets.status).toEqual({ 'not-started': 0, 'in-progress': 1, done: 0 })
  })

  it('gives zero counts, not a crash, for unknown filters', () => {
    const facets = projectFacets(fixtures, { category: '不存在的类别' })
    expect(facets.total).toBe(0)
    expect(facets.status).toEqual({ 'not-started': 0, 'in-progress': 0, done: 0 })
    expect(facets.category.教育).toBe(1)
  })
})

describe('livelihoodOverview', () => {
  it('totals by status and category', () => {
    const overview = livelihoodOverview(fixtures)
    expect(overview.total).toBe(6)
    expect(overview.byStatus).toEqual({ done: 2, 'in-progress': 3, 'not-started': 1 })
    expect(overview.averageProgress).toBe(60)
    expect(overview.byCategory).toEqual([
      { category: '交通出行', count: 2, done: 0, averageProgress: 40 },
      { category: '教育', count: 1, done: 1, averageProgress: 100 },
      { category: '医疗卫生', count: 1, done: 0, averageProgress: 0 },
      { category: '文化体育', count: 1, done: 1, averageProgress: 100 },
      { category: '乡村振兴', count: 1, done: 0, averageProgress: 80 },
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
      byStatus: { done: 0, 'in-progress': 0, 'not-started': 0 },
      averageProgress: 0,
      byCategory: [],
    })
  })
})

describe('labels', () => {
  it('dates a reported item’s stage word', () => {
    expect(stageLabel({ stage: '加速推进', year: 2022 })).toBe('2022年 · 加速推进')
  })

  it('names statuses in Chinese', () => {
    expect(projectStatusLabel('done')).toBe('已完成')
    expect(projectStatusLabel('in-progress')).toBe('推进中')
    expect(projectStatusLabel('not-started')).toBe('未开工')
    expect(projectStatusLabel('toString')).toBe('状态未知')
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
  const items = livelihoodJson as unknown as LivelihoodItem[]
  const projects = demoPlan(items)
  const reported = reportedItems(items)
  const NOW = '2026-11-26'

  it('holds 31 items the 2022 summary states and a demo plan of 16 fictional projects', () => {
    expect(items).toHaveLength(47)
    expect(reported).toHaveLength(31)
    expect(projects).toHaveLength(16)
  })

  it('passes the schema, reference and honesty checks', () => {
    const result = validateRecords({
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
  it('states each reported item as its quote does, dated 2022, nothing more', () => {
    const byIdOf = (id: string) => reported.find((r) => r.id === id)
    const expected: Array<[string, string, string, string]> = [
      ['school-153-relocation', '153中学异地新建', '加速推进', '民生保障坚实有力'],
      ['fitness-center', '多功能全民健身中心', '加速推进', '民生保障坚实有力'],
      ['district-hospital-upgrade', '区医院提升救治能力建设项目', '投入使用', '民生保障坚实有力'],
      ['rural-toilet-renovation', '农村改厕6250户', '完成', '乡村振兴全力推进'],
      ['huangshan-road', '黄山路改扩建', '开工建设', '城市品质大幅提升'],
      ['changshuang-expressway', '长双快速路', '竣工通车', '城市品质大幅提升'],
      ['urban-rural-transport-integration', '全国城乡交通运输一体化示范县', '即将完成验收', '城市品质大幅提升'],
      ['tuding-block-upgrade', '土顶街区提升', '投入使用', '乡村振兴全力推进'],
    ]
    for (const [id, title, stage, chapter] of expected) {
      const item = byIdOf(id)
      expect([item?.title, item?.stage, item?.chapter, item?.year]).toEqual([title, stage, chapter, 2022])
    }
    for (const item of reported) {
      expect(Object.keys(item).sort()).toEqual([
        'category',
        'chapter',
        'id',
        'kind',
        'source',
        'stage',
        'title',
        'year',
      ])
      expect(item.source.kind).toBe('cited')
    }
  })

  it('no longer lists work the summary does not tie to residents’ livelihood', () => {
    const dropped = [
      'conservation-tillage',
      'sheling-water-plant',
      'recycling-industrial-park',
      'zero-run-approvals',
      'party-service-stations',
      'happy-communities',
      'consumption-vouchers',
      'rural-transition-fund-projects',
      'agri-service-alliance',
      'social-work-service-system',
    ]
    expect(items.filter((i) => dropped.includes(i.id)).map((i) => i.id)).toEqual([])
  })

  it('groups the summary’s own livelihood paragraph apart from its other work', () => {
    const groups = groupReported(reported)
    expect(groups.map((g) => [g.title, g.items.length])).toEqual([
      ['总结「民生保障坚实有力」一段写到的', 9],
      ['2022年其他重点工作', 22],
    ])
    expect(groups[0]?.items.map((i) => i.id)).toEqual([
      'school-153-relocation',
      'fitness-center',
      'district-hospital-upgrade',
      'online-teaching-research',
      'new-jobs',
      'rural-labor-transfer',
      'social-assistance-raise',
      'heiyu-elderly-friendly-community',
      'safety-campaigns',
    ])
  })

  it('gives home and the tracker the same figures, the 63 only as the summary’s 2022 sentence', () => {
    const figures = trackerFigures(items)
    expect(figures.statement).toEqual({ year: 2022, quote: '“幸福双阳”行动计划63项民生实事全部落实' })
    expect(figures.reported).toEqual({ total: 31, livelihood: 9, other: 22 })
    expect(figures.demo.total).toBe(16)
    expect(figures.demo.byStatus).toEqual({ done: 4, 'in-progress': 6, 'not-started': 6 })
    // (70 + 100 + 100 + 100 + 60 + 45 + 0 + 100 + 75 + 50 + 80 + 0 + 0 + 0 + 0 + 0) / 16 = 48.75
    expect(figures.demo.averageProgress).toBe(49)
    // The statement is the cited figure's quote, so content:check --sources verifies it.
    expect(figuresJson.find((f) => f.id === 'livelihood-projects')?.source.quote).toBe(PLAN_STATEMENT.quote)
  })

  it('names every demo project generically and gives it a fictional unit', () => {
    expect(projects.filter((p) => !/示例|某/.test(p.title)).map((p) => p.id)).toEqual([])
    expect(projects.filter((p) => p.source.kind !== 'sample').map((p) => p.id)).toEqual([])
    expect(new Set(projects.map((p) => p.responsibleUnit))).toEqual(new Set(['演示用责任单位（虚构）']))
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

import { NOT_FOUND_TEXT, UNKNOWN_ID, contentRecords, detailRoute, listRoute } from '../support/routes'
import { openPage, type PageMetrics } from './harness'

// The tracker and the policy guide in the production weapp build: what a resident sees and taps.
const FIRST_RENDER_BUDGET = 64 * 1024
const NODE_BUDGET = 1000
const metrics: PageMetrics[] = []

afterAll(() => {
  const rows = metrics.map(
    (m) => `${m.route.padEnd(42)} ${String(m.firstRenderBytes).padStart(7)} B ${String(m.nodeCount).padStart(5)} nodes`,
  )
  process.stdout.write(`\nlivelihood/policies first render:\n${rows.join('\n')}\n`)
})

const policies = contentRecords('policies')

// Expected values written by hand from src/content/livelihood.json: 31 items the 2022 summary states (9 of its
// 民生保障 paragraph, 22 of the rest), and a fictional demo plan of 16 (医疗卫生 1: 示例村卫生室标准化建设, 75%).

test('the tracker opens on what the 2022 summary says, within budget', async () => {
  const { app, page } = await openPage(listRoute('livelihood'))
  try {
    app.assertClean('livelihood list')
    const text = page.text
    for (const t of [
      '2022年总结所载',
      '演示计划（虚构）',
      '2022年工作总结怎么说',
      '「“幸福双阳”行动计划63项民生实事全部落实」',
      '总结「民生保障坚实有力」一段写到的（9 项）',
      '2022年其他重点工作（22 项）',
      '153中学异地新建',
      '2022年 · 加速推进',
      '原文：「区医院提升救治能力建设项目投入使用」',
    ]) {
      expect(text).toContain(t)
    }
    expect(text).not.toContain('%')
    expect(text).not.toContain('找到')
    metrics.push(page.metrics)
    expect(page.metrics.firstRenderBytes).toBeLessThanOrEqual(FIRST_RENDER_BUDGET)
    expect(page.metrics.nodeCount).toBeLessThan(NODE_BUDGET)
  } finally {
    app.close()
  }
})

test('the demo plan: its own counts, a category chip narrows the list', async () => {
  const { app, page } = await openPage(listRoute('livelihood'))
  try {
    await page.tap('演示计划（虚构）')
    app.assertClean('tap 演示计划')
    let text = page.text
    for (const t of ['都是虚构的', '已完成', '推进中', '未开工', '筛选', '全部', '找到 16 项', '示例老旧小区改造'])
      expect(text).toContain(t)
    // Results first: the chips are folded into the filter bar until it is opened.
    expect(text).not.toContain('医疗卫生 1')
    expect(text).not.toContain('153中学异地新建')
    expect(page.metrics.nodeCount).toBeLessThan(NODE_BUDGET)
    await page.tap('展开')
    expect(page.text).toContain('类别')
    expect(page.text).toContain('排序')
    await page.tap('医疗卫生 1')
    app.assertClean('tap 医疗卫生')
    text = page.text
    expect(text).toContain('找到 1 项')
    expect(text).toContain('示例村卫生室标准化建设')
    expect(text).toContain('清除筛选')
    expect(text).not.toContain('示例老旧小区改造')
  } finally {
    app.close()
  }
})

test('tapping a bar of the chart filters the list and scrolls to it', async () => {
  const { app, page } = await openPage(listRoute('livelihood'), { view: 'demo' })
  try {
    expect(page.text).toContain('找到 16 项')
    await page.tap('看各类平均进度')
    app.assertClean('open the chart')
    expect(app.callsTo('pageScrollTo')).toEqual([])
    await page.tap('1项 · 完成0 · 75%')
    app.assertClean('tap the 医疗卫生 bar')
    expect(page.find('#sy-tracker-results')?.node).toBeDefined()
    expect(page.text).toContain('找到 1 项')
    expect(app.callsTo('pageScrollTo')).toEqual([{ selector: '#sy-tracker-results', duration: 300 }])
  } finally {
    app.close()
  }
})

test('a reported item shows the summary’s stage word and quote, and no progress', async () => {
  const { app, page } = await openPage(detailRoute('livelihood'), { id: 'school-153-relocation' })
  try {
    app.assertClean('reported detail')
    const text = page.text
    for (const t of [
      '153中学异地新建',
      '2022年工作总结所载',
      '总结所写：2022年 · 加速推进',
      '总结怎么说',
      '《双阳区2022年工作总结》原文：「153中学异地新建、多功能全民健身中心等公共服务项目加速推进」',
      '收藏',
      '转发给微信好友',
    ])
      expect(text).toContain(t)
    for (const t of ['完成进度', '进展节点', '演示用责任单位', '%']) expect(text).not.toContain(t)
    metrics.push(page.metrics)
    expect(page.metrics.firstRenderBytes).toBeLessThanOrEqual(FIRST_RENDER_BUDGET)
  } finally {
    app.close()
  }
})

test('a demo project shows progress, milestones and its fictional unit', async () => {
  const { app, page } = await openPage(detailRoute('livelihood'), { id: 'village-clinics' })
  try {
    app.assertClean('demo detail')
    const text = page.text
    for (const t of [
      '示例村卫生室标准化建设',
      '演示计划（虚构示例）',
      '完成进度',
      '下一步：达标验收',
      '这是什么',
      '进展节点',
      '2026年4月30日',
      '责任单位',
      '演示用责任单位（虚构）',
      '来源',
    ])
      expect(text).toContain(t)
    expect(text).not.toContain('在哪里')
    metrics.push(page.metrics)
    expect(page.metrics.firstRenderBytes).toBeLessThanOrEqual(FIRST_RENDER_BUDGET)
  } finally {
    app.close()
  }
})

test('the policy list shows categories, plain summaries and the self-check entry', async () => {
  const first = policies[0]
  if (!first) throw new Error('no policy records')
  const { app, page } = await openPage(listRoute('policies'))
  try {
    app.assertClean('policies list')
    const text = page.text
    for (const t of ['惠民政策', '我能申请吗？', '开始自测', `全部 ${policies.length} 项政策`, first.title])
      expect(text).toContain(t)
    // The categories are folded into the filter bar until it is opened.
    expect(text).not.toContain('政策类别')
    await page.tap('展开')
    expect(page.text).toContain('政策类别')
    metrics.push(page.metrics)
    expect(page.metrics.firstRenderBytes).toBeLessThanOrEqual(FIRST_RENDER_BUDGET)
    await page.tap('开始自测')
    expect(page.text).toContain('您今年多大岁数？')
    app.assertClean('self-check opened')
  } finally {
    app.close()
  }
})

test('a policy detail shows its structured sections and one-tap calls', async () => {
  const first = policies[0]
  if (!first) throw new Error('no policy records')
  const { app, page } = await openPage(detailRoute('policies'), { id: first.id })
  try {
    app.assertClean('policies detail')
    const text = page.text
    for (const t of [first.title, '谁能申请', '要带什么', '去哪里办', '打电话问', '本页内容整理于', '来源'])
      expect(text).toContain(t)
    // No speech plugin in this build: the read-aloud button is hidden, not broken.
    expect(text).not.toContain('朗读全文')
    metrics.push(page.metrics)
    await page.tap('拨打 12345')
    app.assertClean('tap call')
    expect(app.calls.some((c) => c.api === 'makePhoneCall' && JSON.stringify(c.args).includes('12345'))).toBe(true)
  } finally {
    app.close()
  }
})

test.each([
  ['livelihood', UNKNOWN_ID],
  ['livelihood', '../../etc'],
  ['policies', UNKNOWN_ID],
  ['policies', '%E4%'],
] as const)('%s detail with id %s shows the not-found state', async (domain, id) => {
  const { app, page } = await openPage(detailRoute(domain), { id })
  try {
    app.assertClean(`${domain} detail ${id}`)
    for (const t of NOT_FOUND_TEXT) expect(page.text).toContain(t)
  } finally {
    app.close()
  }
})

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

const projects = contentRecords('livelihood')
const policies = contentRecords('policies')

test('the tracker list shows the overview, filters and the first projects within budget', async () => {
  const { app, page } = await openPage(listRoute('livelihood'))
  try {
    app.assertClean('livelihood list')
    const text = page.text
    for (const t of [
      '民生实事进展',
      '已完成',
      '推进中',
      '未开工',
      '类别',
      '镇街',
      '全区',
      '排序',
      `找到 ${projects.length} 项`,
    ]) {
      expect(text).toContain(t)
    }
    expect(text).toContain(projects[0]?.title)
    metrics.push(page.metrics)
    expect(page.metrics.firstRenderBytes).toBeLessThanOrEqual(FIRST_RENDER_BUDGET)
    expect(page.metrics.nodeCount).toBeLessThan(NODE_BUDGET)
  } finally {
    app.close()
  }
})

test('tapping a category chip narrows the tracker list', async () => {
  const { app, page } = await openPage(listRoute('livelihood'))
  try {
    expect(page.text).toContain(`找到 ${projects.length} 项`)
    await page.tap('医疗卫生')
    app.assertClean('tap 医疗卫生')
    const text = page.text
    expect(text).not.toContain(`找到 ${projects.length} 项`)
    expect(text).toMatch(/找到 [1-9]\d* 项/)
    expect(text).toContain('清除筛选')
    // The first project (education) is no longer listed.
    expect(text).not.toContain(projects[0]?.title)
  } finally {
    app.close()
  }
})

test('a project detail shows progress, milestones, unit and source', async () => {
  const first = projects[0]
  if (!first) throw new Error('no livelihood records')
  const { app, page } = await openPage(detailRoute('livelihood'), { id: first.id })
  try {
    app.assertClean('livelihood detail')
    const text = page.text
    for (const t of [
      first.title,
      '完成进度',
      '这是什么',
      '在哪里',
      '进展节点',
      '责任单位',
      '来源',
      '收藏',
      '转发给微信好友',
    ]) {
      expect(text).toContain(t)
    }
    expect(text).toMatch(/\d{4}年\d{1,2}月\d{1,2}日/)
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
    for (const t of [first.title, '谁能申请', '要带什么', '去哪里办', '打电话问', '本页内容核对于', '来源'])
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

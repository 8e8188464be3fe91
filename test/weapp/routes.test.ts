import {
  HOME_ROUTE,
  NOT_FOUND_TEXT,
  UNKNOWN_ID,
  detailRoute,
  routeCases,
  DOMAINS,
  contentRecords,
} from '../support/routes'
import { WeappApp, openPage, type PageMetrics } from './harness'
import { WeappView } from './view'

// WeChat's audit lines are 256 KB per setData and 1000 nodes; we keep far below them.
const FIRST_RENDER_BUDGET = 64 * 1024
const NODE_BUDGET = 1000

const metrics: PageMetrics[] = []

afterAll(() => {
  if (metrics.length === 0) return
  const rows = metrics.map(
    (m) =>
      `${m.route.padEnd(42)} ${String(m.firstRenderBytes).padStart(7)} B ${String(m.nodeCount).padStart(5)} nodes ${String(m.settleMs).padStart(5)} ms`,
  )
  // A per-page report a person reads in the CI log; the numbers are asserted above.
  process.stdout.write(`\nweapp first render (setData bytes, nodes, ms to settle):\n${rows.join('\n')}\n`)
  const { renders, ms } = WeappView.stats
  process.stdout.write(`weapp view: ${renders} renders by wcc's compiled templates, ${ms} ms in all\n`)
})

test('app.json lists the public routes, main package and subpackages', () => {
  const routes = WeappApp.routes()
  expect(routes).toEqual(expect.arrayContaining([HOME_ROUTE, 'pages/search/index', 'pages/mine/index']))
  for (const d of DOMAINS) {
    expect(routes).toContain(`packages/${d}/pages/list/index`)
    expect(routes).toContain(`packages/${d}/pages/detail/index`)
  }
})

test.each(DOMAINS)('content for %s has records to prove the detail page with', (domain) => {
  expect(contentRecords(domain).length).toBeGreaterThan(0)
})

describe.each(routeCases().map((c) => [c.name, c] as const))('%s', (_name, c) => {
  test('renders its text with no uncaught error, within budget', async () => {
    if (c.missing) throw new Error(c.missing)
    const { app, page } = await openPage(c.route, c.query)
    try {
      app.assertClean(`${c.route}?${new URLSearchParams(c.query).toString()}`)
      // The page as WeChat's compiled templates draw it from the data the logic layer sent.
      const view = page.view
      expect(view.problems).toEqual([])
      expect(view.text).toBe(page.dataText)
      const text = view.text
      expect(text.trim()).not.toBe('')
      for (const t of c.expect) expect(text).toContain(t)
      const m = page.metrics
      metrics.push(m)
      expect(m.firstRenderBytes).toBeLessThanOrEqual(FIRST_RENDER_BUDGET)
      expect(m.nodeCount).toBeLessThan(NODE_BUDGET)
    } finally {
      app.close()
    }
  })
})

describe.each(DOMAINS)('every %s record', (domain) => {
  test('renders its detail page through the compiled templates with its title and no template problem', async () => {
    const records = contentRecords(domain)
    const app = await WeappApp.launch()
    try {
      for (const r of records) {
        const page = await app.open(detailRoute(domain), { id: r.id })
        const view = page.view
        expect({ id: r.id, problems: view.problems }).toEqual({ id: r.id, problems: [] })
        expect(view.text).toBe(page.dataText)
        expect(view.text).toContain(r.title)
      }
      app.assertClean(`${detailRoute(domain)} for ${records.length} records`)
    } finally {
      app.close()
    }
  })
})

test('every route of app.json is covered by the route table', () => {
  const covered = new Set(routeCases().map((c) => c.route))
  expect(WeappApp.routes().filter((r) => !covered.has(r))).toEqual([])
})

test('the not-found page takes the user home when 回到首页 is tapped', async () => {
  const { app, page } = await openPage(detailRoute('jobs'), { id: UNKNOWN_ID })
  try {
    for (const t of NOT_FOUND_TEXT) expect(page.text).toContain(t)
    await page.tap('回到首页')
    app.assertClean('tap on 回到首页')
    const nav = app.navigations()
    expect(nav.length).toBeGreaterThan(0)
    expect(JSON.stringify(nav[nav.length - 1]?.args)).toContain(HOME_ROUTE)
  } finally {
    app.close()
  }
})

import { embeddedPack } from '@/content'
import { scaledPack } from '../../scripts/content-scale'
import { contentUrlBuild, BUILD_TIMEOUT_MS, TEST_CONTENT_URL } from '../fixtures/content/builds'
import { WeappApp, type TreeNode, type WeappPage } from './harness'

/*
 * Lists at a real district's volume. Ten times today's content (npm run content:scale's pack, made here in
 * memory) reaches the app the way a district's own pack would: from the content URL, in the build made with one
 * (the update suites' build, made once per run). Every list must open light (WeChat: 256 KB a setData, < 1000
 * nodes; our budget 32 KB and < 600), say how many records there are, and reach its last record as the person
 * scrolls. The same budgets hold at today's size in the plain build.
 */

const KB = 1024
const FIRST_SETDATA_BUDGET = 32 * KB
const NODE_BUDGET = 600
const VERSION_URL = TEST_CONTENT_URL.replace(/\.json$/, '.version.json')

interface ListCase {
  name: string
  route: string
  query?: Record<string, string>
  /** The class every record's card carries. */
  card: string
  /** Records the list holds at ten times today's content, by hand: today's count × 10. */
  tenfold: number
  /** What the list says about how many there are, at ten times, when it opens. */
  counts: string[]
  /** … and once every record is drawn. */
  countsAtEnd?: string[]
  /** Taps that make the list show every record (e.g. expired posts too). */
  prepare?: (page: WeappPage) => Promise<void>
}

// Today: 37 jobs, 24 policies, 11 attractions, 31 reported livelihood items (9 + 22) and 16 demo projects,
// 16 events.
const LISTS: ListCase[] = [
  {
    name: 'jobs (expired posts shown too)',
    route: 'packages/jobs/pages/list/index',
    card: 'sy-job',
    tenfold: 370,
    counts: ['共 370 个岗位', '已显示 20 个岗位，共 370 个岗位'],
    countsAtEnd: ['已显示全部 370 个岗位'],
    prepare: async (page) => {
      await page.tap('展开')
      await page.tap('显示已截止')
    },
  },
  {
    name: 'policies',
    route: 'packages/policies/pages/list/index',
    card: 'sy-policy-card',
    tenfold: 240,
    counts: ['全部 240 项政策', '已显示 20 项政策，共 240 项政策'],
    countsAtEnd: ['已显示全部 240 项政策'],
  },
  {
    name: 'attractions',
    route: 'packages/attractions/pages/list/index',
    card: 'sy-attraction-card',
    tenfold: 110,
    counts: ['共 110 个景点', '已显示 20 个景点，共 110 个景点'],
    countsAtEnd: ['已显示全部 110 个景点'],
  },
  {
    name: 'livelihood, what the summary says',
    route: 'packages/livelihood/pages/list/index',
    card: 'sy-project',
    tenfold: 310,
    counts: ['（90 项）', '已显示 20 项，共 310 项'],
    countsAtEnd: ['（220 项）', '已显示全部 310 项'],
  },
  {
    name: 'livelihood, the demo plan',
    route: 'packages/livelihood/pages/list/index',
    query: { view: 'demo' },
    card: 'sy-project',
    tenfold: 160,
    counts: ['找到 160 项', '已显示 16 项，共 160 项'],
    countsAtEnd: ['已显示全部 160 项'],
  },
  {
    name: 'events (ended ones shown too)',
    route: 'packages/events/pages/list/index',
    card: 'sy-event-card',
    tenfold: 160,
    counts: [],
    countsAtEnd: ['已显示全部 160 场活动'],
  },
]

function cards(page: WeappPage, card: string): number {
  let n = 0
  const walk = (node: TreeNode): void => {
    if (typeof node.cl === 'string' && node.cl.split(/\s+/).includes(card)) n++
    for (const c of node.cn ?? []) walk(c)
  }
  walk(page.root)
  return n
}

/** Scrolls to the end again and again (showing ended events when the list offers them) until nothing more comes. */
async function scrollToEnd(app: WeappApp, page: WeappPage, card: string): Promise<number> {
  let arrivals = 0
  for (let before = -1; cards(page, card) !== before;) {
    before = cards(page, card)
    if (page.text.includes('显示已结束的活动')) await page.tap('显示已结束的活动')
    await app.reachBottom(page)
    arrivals++
  }
  return arrivals
}

describe('lists at today’s size open within budget', () => {
  test.each(LISTS.map((c) => [c.name, c] as const))('%s', async (_n, c) => {
    const app = await WeappApp.launch()
    try {
      const page = await app.open(c.route, c.query)
      expect(page.metrics.firstRenderBytes).toBeLessThanOrEqual(FIRST_SETDATA_BUDGET)
      expect(page.nodeCount).toBeLessThan(NODE_BUDGET)
      app.assertClean(c.name)
    } finally {
      app.close()
    }
  })
})

describe('lists at ten times today’s content', () => {
  let dist: string
  let packText: string

  beforeAll(() => {
    dist = contentUrlBuild('weapp')
    // A newer version than the embedded content, or the app keeps what it has.
    packText = JSON.stringify({ ...scaledPack(embeddedPack, 10), version: embeddedPack.version + 1 })
  }, BUILD_TIMEOUT_MS)

  async function launch(): Promise<WeappApp> {
    return WeappApp.launch({
      dist,
      request: (opts) =>
        opts.url === VERSION_URL ? { statusCode: 404, data: 'Not Found' } : { statusCode: 200, data: packText },
    })
  }

  test.each(LISTS.map((c) => [c.name, c] as const))(
    '%s: opens light, counts every record, and scrolling reaches the last one',
    async (_n, c) => {
      const app = await launch()
      try {
        const page = await app.open(c.route, c.query)
        expect(page.metrics.firstRenderBytes).toBeLessThanOrEqual(FIRST_SETDATA_BUDGET)
        expect(page.nodeCount).toBeLessThan(NODE_BUDGET)
        await c.prepare?.(page)
        for (const count of c.counts) expect(page.text).toContain(count)
        expect(cards(page, c.card)).toBeLessThan(c.tenfold)
        const arrivals = await scrollToEnd(app, page, c.card)
        expect(cards(page, c.card)).toBe(c.tenfold)
        for (const count of c.countsAtEnd ?? []) expect(page.text).toContain(count)
        expect(arrivals).toBeGreaterThan(2)
        app.assertClean(c.name)
      } finally {
        app.close()
      }
    },
  )

  test('returning from a detail page finds the list where it was left', async () => {
    const app = await launch()
    try {
      const page = await app.open('packages/policies/pages/list/index')
      await app.reachBottom(page)
      await app.reachBottom(page)
      const drawn = cards(page, 'sy-policy-card')
      expect(drawn).toBe(60)
      await app.open('packages/policies/pages/detail/index', { id: 'dibao' })
      await app.show(page)
      expect(cards(page, 'sy-policy-card')).toBe(60)
      expect(page.text).toContain('已显示 60 项政策，共 240 项政策')
      app.assertClean('return from detail')
    } finally {
      app.close()
    }
  })

  test('a job links four employment policies and the rest as one tap to the policy list', async () => {
    const app = await launch()
    try {
      const page = await app.open('packages/jobs/pages/detail/index', { id: 'luxiang-deer-keeper' })
      // Today 4 就业帮扶 policies; ten times that is 40: four cards and a link to all of them.
      expect(page.text).toContain('找工作的帮扶政策')
      expect(page.text).toContain('全部 40 项就业帮扶政策 ›')
      await page.tap('全部 40 项就业帮扶政策')
      const to = JSON.stringify(app.navigations().at(-1)?.args)
      expect(to).toContain('packages/policies/pages/list/index?category=')
      expect(to).toContain(encodeURIComponent('就业帮扶'))
      app.assertClean('job detail at ten times')
    } finally {
      app.close()
    }
  })

  test('a filter starts the list again and counts every matching record', async () => {
    const app = await launch()
    try {
      const page = await app.open('packages/jobs/pages/list/index')
      await app.reachBottom(page)
      await page.tap('展开')
      await page.tap('公益岗位')
      // Today 8 public-welfare posts, of which some have closed: with them shown, ten times 8.
      await page.tap('显示已截止')
      expect(page.text).toContain('共 80 个岗位')
      expect(cards(page, 'sy-job')).toBe(20)
      await scrollToEnd(app, page, 'sy-job')
      expect(cards(page, 'sy-job')).toBe(80)
      app.assertClean('filter at ten times')
    } finally {
      app.close()
    }
  })
})

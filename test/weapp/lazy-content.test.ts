import fs from 'node:fs'
import path from 'node:path'
import { weappDist } from '../support/paths'
import { HOME_ROUTE, MINE_ROUTE, SEARCH_ROUTE } from '../support/routes'
import { WeappApp, openPage } from './harness'

// What grows with the content (every record's summary, search's documents) is not in the main package: each part
// is a subpackage of its own that the app loads with require.async (config/async-pack.ts). WeChat downloads it on
// first use, late on a slow network, or not at all without one. Texts written by hand from the pages.
const DOMAINS = ['livelihood', 'jobs', 'events', 'attractions', 'policies']
const RECORDS = DOMAINS.map((d) => `packages/digest-records-${d}/index.js`)
const SEARCH_PARTS = DOMAINS.map((d) => `packages/digest-search-${d}/index.js`)
// Search's code: only the search page loads it, when the person first searches.
const SEARCH_ENGINE = 'packages/search-engine/index.js'
const rootOf = (file: string) => file.slice(0, file.lastIndexOf('/') + 1)
// A festival title from src/content/events.json, chosen by hand.
const FESTIVAL = '双阳梅花鹿节'

test('the main package holds none of the loaded parts; app.json declares each as a subpackage', () => {
  const app = JSON.parse(fs.readFileSync(path.join(weappDist(), 'app.json'), 'utf8')) as {
    subPackages: Array<{ root: string; pages: string[] }>
    preloadRule: Record<string, { network: string; packages: string[] }>
  }
  for (const file of [...RECORDS, ...SEARCH_PARTS, SEARCH_ENGINE])
    expect(app.subPackages).toContainEqual({ root: rootOf(file), pages: [] })
  // WeChat downloads what the first search needs while the search page is open: search's code, its documents,
  // and the records of the hits' facts (events, jobs, attractions).
  const facts = ['events', 'jobs', 'attractions'].map((d) => `packages/digest-records-${d}/`)
  expect([...app.preloadRule['pages/search/index']!.packages].sort()).toEqual(
    [rootOf(SEARCH_ENGINE), ...SEARCH_PARTS.map(rootOf), ...facts].sort(),
  )
})

test('home: the tracker shows at once, events and jobs when the records arrive late', async () => {
  const app = await WeappApp.launch({ lazyLoad: { hold: true } })
  try {
    const home = await app.open(HOME_ROUTE)
    expect(home.text).toContain('演示计划（虚构示例）：16 个虚构项目')
    expect(home.text).toContain('正在载入近期活动…')
    expect(home.text).toContain('正在载入最新岗位…')
    // Only the domains home lists: events and jobs.
    expect(app.lazyLoads()).toEqual([
      'packages/digest-records-events/index.js',
      'packages/digest-records-jobs/index.js',
    ])
    await app.releaseLazyLoads()
    expect(home.text).not.toContain('正在载入')
    // Hand-picked from the content: at the pinned moment home's first event is a sample exhibition.
    expect(home.text).toContain('冬季鹿产品展销会（示例）')
    app.assertClean('home, records late')
  } finally {
    app.close()
  }
})

test('search typed before its documents arrive shows the results when they do', async () => {
  const app = await WeappApp.launch({ lazyLoad: { hold: true } })
  try {
    const search = await app.open(SEARCH_ROUTE)
    // The page draws (and its box takes the focus) without search's code, documents or records.
    expect(search.text).toContain('大家常搜')
    expect(app.lazyLoads()).toEqual([])
    await search.tap('梅花鹿')
    expect(search.text).toContain('正在载入搜索内容…')
    expect(search.text).not.toContain('没有找到')
    await app.releaseLazyLoads()
    const text = search.text.replace(/\s+/g, '')
    expect(text).toContain(FESTIVAL)
    expect(text).toMatch(/共找到\d+条/)
    expect(app.lazyLoads()).toEqual(expect.arrayContaining([SEARCH_ENGINE, ...SEARCH_PARTS]))
    app.assertClean('search, documents late')
  } finally {
    app.close()
  }
})

test('search without its documents (no network) says so calmly, keeps the query, and 重试 finds it', async () => {
  const { app, page } = await openPage(SEARCH_ROUTE, { q: encodeURIComponent('梅花鹿') }, { lazyLoad: { fail: 'all' } })
  try {
    expect(page.text).toContain('搜索内容暂时没能载入，可能是网络不好。')
    expect(page.text).not.toContain('没有找到')
    // WeChat also tells wx.onLazyLoadError listeners (the app's only logs it): the page reads the failed promise.
    app.lazyLoad = {}
    await page.tap('重试')
    expect(page.text.replace(/\s+/g, '')).toContain(FESTIVAL)
    app.assertClean('search, documents failed then retried')
  } finally {
    app.close()
  }
})

test('home and 我的 without the records: the rest of the page stands, with a calm line and 重试', async () => {
  const favourites = {
    'sy.favourites.v1': JSON.stringify([{ domain: 'events', id: 'meihualu-festival', title: FESTIVAL, savedAt: 1 }]),
  }
  const app = await WeappApp.launch({ lazyLoad: { fail: RECORDS.map(rootOf) }, storage: favourites })
  try {
    const home = await app.open(HOME_ROUTE)
    expect(home.text).toContain('近期活动暂时没能载入，可能是网络不好。')
    expect(home.text).toContain('演示计划平均进度 49%')
    const mine = await app.open(MINE_ROUTE)
    expect(mine.text).toContain('收藏暂时没能载入，可能是网络不好。')
    // Not 已下线: a favourite is not judged gone while the records are missing.
    expect(mine.text).not.toContain(FESTIVAL)
    // The network is back.
    app.lazyLoad = {}
    await mine.tap('重试')
    expect(mine.text).toContain(FESTIVAL)
    expect(mine.text).not.toContain('已下线')
    app.assertClean('home and 我的, records failed then retried')
  } finally {
    app.close()
  }
})

test('a part WeChat cannot download: the app’s wx.onLazyLoadError listener logs it, the page says so and 重试 works', async () => {
  const jobsRecords = rootOf('packages/digest-records-jobs/index.js')
  const app = await WeappApp.launch({ lazyLoad: { fail: [jobsRecords] } })
  try {
    const home = await app.open(HOME_ROUTE)
    expect(home.text).toContain('最新岗位暂时没能载入，可能是网络不好。')
    const logged = app.console.filter((c) => c.level === 'warn').map((c) => c.text)
    expect(logged).toEqual([expect.stringContaining(jobsRecords)])
    app.lazyLoad = {}
    await home.tap('重试')
    expect(home.text).not.toContain('暂时没能载入')
    app.assertClean('home, a part failed, logged, then retried')
  } finally {
    app.close()
  }
})

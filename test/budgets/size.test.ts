import fs from 'node:fs'
import path from 'node:path'
import { startH5, type H5Session } from '../support/browser'
import { h5Dist, weappDist } from '../support/paths'
import { detailRoute, firstRecord, HOME_ROUTE } from '../support/routes'
import { measureH5FirstLoad, uploaded, weappPackageSizes } from '../support/sizes'

const KB = 1024
// WeChat allows 2 MB per package; we stay far under while the content grows.
// Issue 15's targets are weapp main ≤ 450 KB and H5 first load ≤ 130 KB gzip; `npm run bench` reports
// against those (docs/benchmarks.md says what stands in the way). These budgets sit a little above what the
// build reaches now, so nothing grows back unnoticed: home 159 KB, a cold event detail 170 KB, weapp main
// 475 KB. The main package holds nothing that grows with the content (the records' summary and search's
// documents are subpackages loaded with require.async: see "nothing in the main package grows" below).
const MAIN_BUDGET = 490 * KB
const SUBPACKAGE_BUDGET = 300 * KB
const TOTAL_BUDGET = 1.5 * 1024 * KB
const H5_HOME_GZIP_BUDGET = 165 * KB
const H5_COLD_DETAIL_GZIP_BUDGET = 178 * KB

describe('weapp package sizes (everything WeChat uploads, no .map or .LICENSE.txt)', () => {
  const sizes = weappPackageSizes()

  test('main package ≤ 490 KB', () => {
    const main = sizes.find((s) => s.name === 'main')
    expect(main?.bytes).toBeLessThanOrEqual(MAIN_BUDGET)
  })

  test.each(sizes.filter((s) => s.name !== 'main').map((s) => [s.name, s] as const))(
    'subpackage %s ≤ 300 KB',
    (_n, s) => {
      expect(s.bytes).toBeLessThanOrEqual(SUBPACKAGE_BUDGET)
    },
  )

  test('all packages together ≤ 1.5 MB', () => {
    expect(sizes.reduce((sum, s) => sum + s.bytes, 0)).toBeLessThanOrEqual(TOTAL_BUDGET)
  })
})

const coldDetail = `${detailRoute('events')}?id=${firstRecord('events')?.id ?? ''}`

describe('H5 first load', () => {
  let session: H5Session

  beforeAll(async () => {
    session = await startH5()
  })

  afterAll(async () => {
    await session?.close()
  })

  test.each([
    ['home', HOME_ROUTE, H5_HOME_GZIP_BUDGET],
    ['a cold event detail page', coldDetail, H5_COLD_DETAIL_GZIP_BUDGET],
  ])('%s: JavaScript before the first screen within its gzip budget', async (_name, route, budget) => {
    const load = await measureH5FirstLoad(session, undefined, route)
    expect(load.scripts.length).toBeGreaterThan(0)
    const detail = load.scripts.map((s) => `${s.path} ${s.raw} B raw, ${s.gzip} B gzip`).join('\n')
    if (load.gzip > budget) throw new Error(`${route} loads ${load.gzip} B gzip of JS (> ${budget}):\n${detail}`)
  })

  test('pages share one chunk instead of each carrying a copy of the common code', async () => {
    const home = await measureH5FirstLoad(session, undefined, HOME_ROUTE)
    const detail = await measureH5FirstLoad(session, undefined, coldDetail)
    const shared = home.scripts.filter((s) => /\/shared\.[0-9a-f]{8}\.js$/.test(s.path))
    expect(shared).toHaveLength(1)
    expect(detail.scripts.map((s) => s.path)).toContain(shared[0]?.path)
  })
})

// Written by hand from the content: text found only in whole records, never in the summary or search's
// documents: demo contact numbers of a job and an event, and the note on the general-guidance policies.
const JOB_CONTACT = '0431-00001001'
const EVENTS_ONLY = '0431-00001807'
const POLICIES_ONLY = '据国家和吉林省普遍政策整理的示例说明'

describe('whole records travel with their own pages', () => {
  const filesOf = (dir: string, inPackage: (rel: string) => boolean): string[] =>
    fs
      .readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && /\.(js|json|wxml)$/.test(e.name))
      .map((e) => path.join(e.parentPath, e.name))
      .filter((f) => inPackage(path.relative(dir, f).split(path.sep).join('/')))
  const holds = (files: string[], text: string) => files.some((f) => fs.readFileSync(f, 'utf8').includes(text))

  test('weapp: the main package has no whole record; each domain’s subpackage has its own', () => {
    const main = filesOf(weappDist(), (rel) => !rel.startsWith('packages/') && !rel.endsWith('.map'))
    expect(main.length).toBeGreaterThan(0)
    for (const text of [JOB_CONTACT, EVENTS_ONLY, POLICIES_ONLY]) expect(holds(main, text)).toBe(false)
    expect(
      holds(
        filesOf(weappDist(), (rel) => rel.startsWith('packages/jobs/')),
        JOB_CONTACT,
      ),
    ).toBe(true)
    expect(
      holds(
        filesOf(weappDist(), (rel) => rel.startsWith('packages/events/')),
        JOB_CONTACT,
      ),
    ).toBe(false)
  })

  describe('H5', () => {
    let session: H5Session
    const scriptsOf = async (route: string) =>
      (await measureH5FirstLoad(session, undefined, route)).scripts.map((s) =>
        fs.readFileSync(path.join(h5Dist(), s.path.replace(/^\/+/, '')), 'utf8'),
      )

    beforeAll(async () => {
      session = await startH5()
    })

    afterAll(async () => {
      await session?.close()
    })

    test('home loads no whole record', async () => {
      const texts = await scriptsOf(HOME_ROUTE)
      for (const text of [JOB_CONTACT, EVENTS_ONLY, POLICIES_ONLY])
        expect(texts.some((t) => t.includes(text))).toBe(false)
    })

    test('a cold event detail loads the events records and no other domain’s', async () => {
      const texts = await scriptsOf(coldDetail)
      expect(texts.some((t) => t.includes(EVENTS_ONLY))).toBe(true)
      expect(texts.some((t) => t.includes(JOB_CONTACT) || t.includes(POLICIES_ONLY))).toBe(false)
    })
  })
})

describe('nothing in the weapp main package grows with the content', () => {
  // Deterministic stand-in for building a ten-fold pack in CI (two more Taro builds): if no record of the
  // content is named in a main-package file, the main package is the same size with ten times the records.
  // `npm run bench` measures it at 1× and ×10.
  const DOMAINS = ['livelihood', 'jobs', 'events', 'attractions', 'policies'] as const
  const records = DOMAINS.flatMap((domain) =>
    (
      JSON.parse(fs.readFileSync(path.join(__dirname, '../../src/content', `${domain}.json`), 'utf8')) as Array<{
        id: string
        title?: string
        name?: string
      }>
    ).map((r) => ({ domain, id: r.id, title: r.title ?? r.name ?? '' })),
  )

  // A record's data, not a word that code happens to share with it (a town, a figure's label): its id and title
  // side by side, as in its summary or search document (JSON, or an object literal if ever emitted as one).
  const escape = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const carriedIn = (text: string) =>
    records
      .filter((r) => new RegExp(`id"?:\\s*"${escape(r.id)}",\\s*"?(title|name)"?:\\s*"${escape(r.title)}"`).test(text))
      .map((r) => r.domain)
  const packageText = (inPackage: (rel: string) => boolean): string => {
    const dist = weappDist()
    return fs
      .readdirSync(dist, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && /\.(js|json|wxml)$/.test(e.name))
      .map((e) => path.join(e.parentPath, e.name))
      .filter((f) => {
        const rel = path.relative(dist, f).split(path.sep).join('/')
        return inPackage(rel) && uploaded(rel)
      })
      .map((f) => fs.readFileSync(f, 'utf8'))
      .join('\n')
  }

  test('no record of any domain is carried (its id and title together) in a main-package file', () => {
    expect(records.length).toBeGreaterThan(100)
    expect(carriedIn(packageText((rel) => !rel.startsWith('packages/')))).toEqual([])
  })

  // What a subpackage carries grows only with its own domain: a domain's pages hold its own records, a digest part
  // its own domain's summaries or search documents, never another domain's (a detail page's cross-links load the
  // linked domain's summary when the page opens).
  test.each(
    DOMAINS.flatMap((d) => [`packages/${d}/`, `packages/digest-records-${d}/`, `packages/digest-search-${d}/`]),
  )('%s carries records of its own domain only', (root) => {
    const own = DOMAINS.find((d) => root.endsWith(`/${d}/`) || root.endsWith(`-${d}/`))
    // Whole records keep their own key order, so here a record is its id under the key `id` (a figure's id
    // could match a record's; no figure is in a subpackage).
    const text = packageText((rel) => rel.startsWith(root))
    const domains = new Set(
      records.filter((r) => new RegExp(`[{,]\\s*"?id"?:\\s*"${escape(r.id)}"`).test(text)).map((r) => r.domain),
    )
    expect([...domains]).toEqual([own])
  })
})

describe('code a build does not need stays out of it', () => {
  const scripts = (dir: string): string[] =>
    fs
      .readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && e.name.endsWith('.js'))
      .map((e) => path.join(e.parentPath, e.name))
  const holding = (dir: string, text: string): string[] =>
    scripts(dir).filter((f) => fs.readFileSync(f, 'utf8').includes(text))

  // A message of the id schema in src/content/schema.ts: present only where valibot and the schema are.
  const SCHEMA_MESSAGE = '应为小写字母、数字和连字符'

  test.each([
    ['weapp', weappDist],
    ['H5', h5Dist],
  ])('%s without a content URL: no schema or valibot (nothing is validated at run time)', (_name, dist) => {
    expect(holding(dist(), SCHEMA_MESSAGE)).toEqual([])
  })

  test('H5: no weapp phone-calendar code (H5 downloads an .ics file)', () => {
    expect(holding(h5Dist(), '已添加到手机日历')).toEqual([])
    expect(holding(h5Dist(), '暂时无法生成日历文件').length).toBeGreaterThan(0)
  })
})

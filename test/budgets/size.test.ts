import fs from 'node:fs'
import path from 'node:path'
import { startH5, type H5Session } from '../support/browser'
import { h5Dist, weappDist } from '../support/paths'
import { detailRoute, firstRecord, HOME_ROUTE } from '../support/routes'
import { measureH5FirstLoad, weappPackageSizes } from '../support/sizes'

const KB = 1024
// WeChat allows 2 MB per package; we stay far under while the content grows.
// Issue 15's targets are weapp main ≤ 450 KB and H5 first load ≤ 130 KB gzip; `npm run bench` reports
// against those. These budgets sit a little above what the build reaches now (H5 about 178 KB: the content
// still ships whole with every page, see docs/benchmarks.md), so nothing grows back unnoticed.
const MAIN_BUDGET = 600 * KB
const SUBPACKAGE_BUDGET = 300 * KB
const TOTAL_BUDGET = 1.5 * 1024 * KB
const H5_FIRST_LOAD_GZIP_BUDGET = 200 * KB

describe('weapp package sizes (everything WeChat uploads, no .map or .LICENSE.txt)', () => {
  const sizes = weappPackageSizes()

  test('main package ≤ 600 KB', () => {
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
    ['home', HOME_ROUTE],
    ['a cold event detail page', coldDetail],
  ])('%s: JavaScript before the first screen ≤ 200 KB gzip', async (_name, route) => {
    const load = await measureH5FirstLoad(session, undefined, route)
    expect(load.scripts.length).toBeGreaterThan(0)
    const detail = load.scripts.map((s) => `${s.path} ${s.raw} B raw, ${s.gzip} B gzip`).join('\n')
    if (load.gzip > H5_FIRST_LOAD_GZIP_BUDGET)
      throw new Error(`${route} loads ${load.gzip} B gzip of JS (> ${H5_FIRST_LOAD_GZIP_BUDGET}):\n${detail}`)
  })

  test('pages share one chunk instead of each carrying a copy of the common code', async () => {
    const home = await measureH5FirstLoad(session, undefined, HOME_ROUTE)
    const detail = await measureH5FirstLoad(session, undefined, coldDetail)
    const shared = home.scripts.filter((s) => /\/shared\.[0-9a-f]{8}\.js$/.test(s.path))
    expect(shared).toHaveLength(1)
    expect(detail.scripts.map((s) => s.path)).toContain(shared[0]?.path)
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

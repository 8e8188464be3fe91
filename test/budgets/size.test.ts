import { startH5, type H5Session } from '../support/browser'
import { measureH5FirstLoad, weappPackageSizes } from '../support/sizes'

const KB = 1024
// WeChat allows 2 MB per package; we stay far under while the content grows.
const MAIN_BUDGET = 600 * KB
const SUBPACKAGE_BUDGET = 300 * KB
const TOTAL_BUDGET = 1.5 * 1024 * KB
const H5_FIRST_LOAD_GZIP_BUDGET = 250 * KB

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

describe('H5 home', () => {
  let session: H5Session

  beforeAll(async () => {
    session = await startH5()
  })

  afterAll(async () => {
    await session?.close()
  })

  test('JavaScript before the first screen ≤ 250 KB gzip', async () => {
    const load = await measureH5FirstLoad(session)
    expect(load.scripts.length).toBeGreaterThan(0)
    const detail = load.scripts.map((s) => `${s.path} ${s.raw} B raw, ${s.gzip} B gzip`).join('\n')
    if (load.gzip > H5_FIRST_LOAD_GZIP_BUDGET)
      throw new Error(`home loads ${load.gzip} B gzip of JS (> ${H5_FIRST_LOAD_GZIP_BUDGET}):\n${detail}`)
  })
})

import { contentUrlBuild, BUILD_TIMEOUT_MS, TEST_CONTENT_URL } from '../fixtures/content/builds'
import {
  BAD_BODIES,
  CHANGED_JOB_ID,
  DROPPED_JOB_ID,
  DROPPED_JOB_TITLE,
  EMBEDDED_VERSION,
  FAVOURITES_KEY,
  ORIGINAL_JOB_TITLE,
  UPDATED_JOB_TITLE,
  newerPack,
  packText,
} from '../fixtures/content/packs'
import { json, recordAnswer, startPackServer, type PackServer } from '../fixtures/content/server'
import { WeappApp } from './harness'

/*
 * Content updates in the weapp build made with a content URL. The content
 * server runs on 127.0.0.1; wx.request is answered with what that server
 * returned for the case (the harness answers synchronously, so the response
 * is fetched just before launch).
 */

const MINE_ROUTE = 'pages/mine/index'
const JOB_DETAIL = 'packages/jobs/pages/detail/index'
const FAVOURITES = JSON.stringify([
  { domain: 'jobs', id: DROPPED_JOB_ID, title: DROPPED_JOB_TITLE, savedAt: 1 },
  { domain: 'jobs', id: CHANGED_JOB_ID, title: ORIGINAL_JOB_TITLE, savedAt: 2 },
])

let dist: string
let server: PackServer

beforeAll(async () => {
  dist = contentUrlBuild('weapp')
  server = await startPackServer({
    '/good.json': json(packText(newerPack())),
    '/invalid.json': json(BAD_BODIES['one invalid record'] ?? ''),
    '/html.json': { status: 200, body: BAD_BODIES['HTML instead of JSON'] ?? '' },
    '/500.json': { status: 500, body: 'Internal Server Error' },
  })
}, BUILD_TIMEOUT_MS)

afterAll(async () => {
  await server?.close()
})

type Answer = Awaited<ReturnType<typeof recordAnswer>>

async function launch(
  answer: Answer,
  storage: Record<string, unknown> = { [FAVOURITES_KEY]: FAVOURITES },
): Promise<WeappApp> {
  // The app asks for the version file first; a host without one answers 404 and the pack is fetched.
  return WeappApp.launch({
    dist,
    storage,
    request: (opts) => (opts.url === VERSION_URL ? { statusCode: 404, data: 'Not Found' } : answer),
  })
}

const VERSION_URL = TEST_CONTENT_URL.replace(/\.json$/, '.version.json')

/** The pack requests (the version file's are not counted). */
function requests(app: WeappApp): Array<Record<string, unknown>> {
  return app.calls
    .filter((c) => c.api === 'request')
    .map((c) => c.args[0] as Record<string, unknown>)
    .filter((r) => r.url !== VERSION_URL)
}

async function jobTitle(app: WeappApp): Promise<string> {
  const page = await app.open(JOB_DETAIL, { id: CHANGED_JOB_ID })
  return page.text
}

test('a newer pack is used, cached, and used at the next launch before any network', async () => {
  const app = await launch(await recordAnswer(server, '/good.json'))
  try {
    expect(await jobTitle(app)).toContain(UPDATED_JOB_TITLE)
    expect(app.calls.filter((c) => c.api === 'request').map((c) => (c.args[0] as { url: string }).url)).toEqual([
      VERSION_URL,
      TEST_CONTENT_URL,
    ])
    expect(requests(app)).toEqual([expect.objectContaining({ url: TEST_CONTENT_URL, method: 'GET', dataType: 'text' })])
    const mine = await app.open(MINE_ROUTE)
    expect(mine.text).toContain(`第 ${EMBEDDED_VERSION + 1} 版`)
    expect(mine.text).toContain('来自联网更新的内容')
    // The favourite of the job the update removed is still there, marked 已下线.
    expect(mine.text).toContain(DROPPED_JOB_TITLE)
    expect(mine.text).toContain('已下线')
    expect(app.storage.get(FAVOURITES_KEY)).toBe(FAVOURITES)
    // Chunks first, the manifest last, each far below WeChat's 1 MB per key.
    const writes = app.calls.filter((c) => c.api === 'setStorageSync' && String(c.args[0]).startsWith('sy.content.'))
    expect(writes.map((c) => c.args[0])).toEqual(['sy.content.chunk.v1.a.0', 'sy.content.manifest.v1'])
    for (const w of writes) expect(Buffer.byteLength(JSON.stringify(w.args[1]), 'utf8')).toBeLessThan(900 * 1024)
    app.assertClean('good update')
  } finally {
    app.close()
  }

  // Next launch offline: the cached pack is in use although the network fails.
  const storage = Object.fromEntries(app.storage)
  const next = await launch(new Error('offline'), storage)
  try {
    expect(await jobTitle(next)).toContain(UPDATED_JOB_TITLE)
    expect((await next.open(MINE_ROUTE)).text).toContain('来自联网更新的内容')
    // The cache was read before the request was made.
    const firstRead = next.calls.findIndex(
      (c) => c.api === 'getStorageSync' && String(c.args[0]).startsWith('sy.content.'),
    )
    const firstRequest = next.calls.findIndex((c) => c.api === 'request')
    expect(firstRead).toBeGreaterThanOrEqual(0)
    expect(firstRead).toBeLessThan(firstRequest)
    next.assertClean('next launch offline')
  } finally {
    next.close()
  }
})

test.each([
  ['a network error', async (): Promise<Answer> => new Error('net::ERR_INTERNET_DISCONNECTED')],
  ['a pack with one invalid record', () => recordAnswer(server, '/invalid.json')],
  ['HTML instead of JSON', () => recordAnswer(server, '/html.json')],
  ['HTTP 500', () => recordAnswer(server, '/500.json')],
])('%s leaves the embedded content, quietly', async (_name, answer) => {
  const app = await launch(await answer())
  try {
    // After a page has settled: the pack request follows the version file's answer.
    const text = await jobTitle(app)
    expect(requests(app)).toHaveLength(1)
    expect(text).toContain(ORIGINAL_JOB_TITLE)
    expect(text).not.toContain(UPDATED_JOB_TITLE)
    const mine = await app.open(MINE_ROUTE)
    expect(mine.text).toContain('小程序内置的内容')
    expect(mine.text).not.toContain('已下线')
    expect([...app.storage.keys()].filter((k) => k.startsWith('sy.content.'))).toEqual([])
    expect(app.storage.get(FAVOURITES_KEY)).toBe(FAVOURITES)
    expect(app.calls.filter((c) => c.api === 'showToast' || c.api === 'showModal')).toEqual([])
    app.assertClean()
  } finally {
    app.close()
  }
})

test('an invalid pack after an update keeps the last good content', async () => {
  const first = await launch(await recordAnswer(server, '/good.json'))
  try {
    // The good pack was taken (and so cached) before this launch ends.
    expect(await jobTitle(first)).toContain(UPDATED_JOB_TITLE)
  } finally {
    first.close()
  }
  const app = await launch(await recordAnswer(server, '/invalid.json'), Object.fromEntries(first.storage))
  try {
    expect(await jobTitle(app)).toContain(UPDATED_JOB_TITLE)
    app.assertClean()
  } finally {
    app.close()
  }
})

test('a version file announcing nothing newer: the pack is not downloaded, the embedded content stays', async () => {
  const app = await WeappApp.launch({
    dist,
    storage: { [FAVOURITES_KEY]: FAVOURITES },
    request: (opts) =>
      opts.url === VERSION_URL
        ? { statusCode: 200, data: `{"version":${EMBEDDED_VERSION}}` }
        : new Error('the pack must not be requested'),
  })
  try {
    expect(await jobTitle(app)).toContain(ORIGINAL_JOB_TITLE)
    const urls = app.calls.filter((c) => c.api === 'request').map((c) => (c.args[0] as { url: string }).url)
    expect(urls).toEqual([VERSION_URL])
    app.assertClean('unchanged version file')
  } finally {
    app.close()
  }
})

test('a manifest the device cannot read: that cache is dropped, storage stays usable and 收藏 is saved', async () => {
  const manifest = 'sy.content.manifest.v1'
  const app = await WeappApp.launch({
    dist,
    storage: { [manifest]: '{"hasOwnProperty":1}' },
    unreadableKeys: [manifest],
    request: () => new Error('offline'),
  })
  try {
    const page = await app.open(JOB_DETAIL, { id: CHANGED_JOB_ID })
    expect(page.text).toContain(ORIGINAL_JOB_TITLE)
    await page.tap('收藏')
    app.assertClean('收藏 after an unreadable manifest')
    const toasts = app.calls.filter((c) => c.api === 'showToast').map((c) => (c.args[0] as { title: string }).title)
    expect(toasts).toEqual(['已收藏，可在“我的”里找到'])
    expect(app.storage.has(manifest)).toBe(false)
    expect(JSON.parse(String(app.storage.get(FAVOURITES_KEY)))).toEqual([
      expect.objectContaining({ domain: 'jobs', id: CHANGED_JOB_ID }),
    ])
  } finally {
    app.close()
  }
})

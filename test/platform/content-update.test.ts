import fs from 'node:fs'
import nodePath from 'node:path'
import Taro from '@tarojs/taro'
import { embeddedPack } from '@/content/index'
import { contentStateOf, createContentStore, embeddedSummary, type ContentStore } from '@/domain/content-store'
import { FETCH_TIMEOUT_MS, MAX_PACK_BYTES, utf8Bytes } from '@/domain/content-update'
import { favouritesShape, groupFavourites } from '@/domain/favourites'
import { decodeStored } from '@/domain/stored'
import { CONTENT_CACHE_KEYS, readCachedPack } from '@/platform/content-cache'
import { CONTENT_URL, checkForContentUpdate, restoreCachedContent } from '@/platform/content-update'
import { STORAGE_KEYS, updateStatus } from '@/platform/stores'
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
  scaledPack,
} from '../fixtures/content/packs'
import { json, startPackServer, type PackServer } from '../fixtures/content/server'

/*
 * The real module over the real transport: Taro.request (the H5 implementation,
 * fetch over jsdom's XHR) against a content server on 127.0.0.1, and Taro's
 * storage over localStorage. A "launch" is restoreCachedContent into a fresh store.
 */

let server: PackServer
let store: ContentStore
let errors: jest.SpyInstance

const FAVOURITES = JSON.stringify([
  { domain: 'jobs', id: DROPPED_JOB_ID, title: DROPPED_JOB_TITLE, savedAt: 1 },
  { domain: 'jobs', id: CHANGED_JOB_ID, title: ORIGINAL_JOB_TITLE, savedAt: 2 },
])

// Home, search's facts and 我的 read the summary; the jobs pages read the whole pack: both must say the same.
const titleInUse = (s: ContentStore = store): string | undefined => {
  const { summary, pack } = s.get()
  const inSummary = summary.jobs.find((j) => j.id === CHANGED_JOB_ID)?.title
  const inRecords = (pack ?? embeddedPack).jobs.find((j) => j.id === CHANGED_JOB_ID)?.title
  expect(inRecords).toBe(inSummary)
  return inSummary
}

const embeddedState = () => ({ summary: embeddedSummary, origin: 'embedded' as const })

function launch(): ContentStore {
  const fresh = createContentStore(embeddedState())
  restoreCachedContent(fresh)
  return fresh
}

function check(path: string, timeoutMs = FETCH_TIMEOUT_MS) {
  return checkForContentUpdate({ url: server.url(path), store, timeoutMs })
}

function cacheKeys(): string[] {
  return Object.keys(localStorage)
    .filter((k) => k.startsWith('sy.content.'))
    .sort()
}

beforeAll(async () => {
  server = await startPackServer({
    '/good.json': json(packText(newerPack())),
    '/v3.json': json(packText(newerPack(EMBEDDED_VERSION + 2))),
    '/large.json': json(packText(scaledPack(5))),
    '/large-v3.json': json(packText(scaledPack(5, EMBEDDED_VERSION + 2))),
    '/oversized.json': json(packText(scaledPack(21))),
    '/404.json': { status: 404, body: '<html><body>Not Found</body></html>' },
    '/500.json': { status: 500, body: 'Internal Server Error', contentType: 'text/plain' },
    '/reset.json': { kind: 'reset' },
    '/hang.json': { kind: 'hang' },
    // A published pack with its version file, as `npm run content:pack` writes them.
    '/published/pack.json': json(packText(newerPack())),
    '/published/pack.version.json': json(`{"version":${EMBEDDED_VERSION + 1}}\n`),
    // A version file that claims more than its pack holds.
    '/overclaim/pack.json': json(packText(newerPack())),
    '/overclaim/pack.version.json': json(`{"version":${EMBEDDED_VERSION + 9}}\n`),
    // Not a version file: the whole pack served under its name.
    '/misserved/pack.json': json(packText(newerPack())),
    '/misserved/pack.version.json': json(packText(newerPack())),
    ...Object.fromEntries(
      Object.entries(BAD_BODIES).map(([name, body]) => [`/bad/${encodeURIComponent(name)}`, json(body)]),
    ),
  })
})

afterAll(async () => {
  await server.close()
})

/** jsdom reports a failed request the way a browser's network log does; that is not the app speaking. */
const isJsdomNetworkReport = (arg: unknown): boolean =>
  typeof arg === 'object' && arg !== null && (arg as { type?: unknown }).type === 'XMLHttpRequest'

beforeEach(() => {
  localStorage.clear()
  localStorage.setItem(STORAGE_KEYS.favourites, JSON.stringify({ data: FAVOURITES }))
  store = createContentStore(embeddedState())
  errors = jest.spyOn(console, 'error').mockImplementation(() => undefined)
})

afterEach(() => {
  // Nothing alarming: the app logs no error, whatever the server did.
  expect(errors.mock.calls.filter((args) => !isJsdomNetworkReport(args[0]))).toEqual([])
  // Favourites are never touched by an update.
  expect(localStorage.getItem(STORAGE_KEYS.favourites)).toBe(JSON.stringify({ data: FAVOURITES }))
  jest.restoreAllMocks()
})

test('the build suites look for favourites under the key the app uses', () => {
  expect(STORAGE_KEYS.favourites).toBe(FAVOURITES_KEY)
})

test('a build without a URL makes no request at all', async () => {
  expect(CONTENT_URL).toBe('')
  expect(updateStatus.get().state).toBe('off')
  const before = server.requests.length
  await expect(checkForContentUpdate({ store })).resolves.toEqual({ state: 'unchanged', reason: 'off' })
  expect(server.requests.length).toBe(before)
  expect(store.get().origin).toBe('embedded')
})

test('a newer valid pack is used at once, cached, and used at the next launch before any network', async () => {
  await expect(check('/good.json')).resolves.toMatchObject({ state: 'updated', version: EMBEDDED_VERSION + 1 })
  expect(store.get().origin).toBe('update')
  expect(titleInUse()).toBe(UPDATED_JOB_TITLE)
  expect(updateStatus.get()).toMatchObject({ state: 'updated' })

  const requests = server.requests.length
  const next = launch()
  expect(server.requests.length).toBe(requests)
  expect(next.get()).toMatchObject({
    origin: 'update',
    pack: { version: EMBEDDED_VERSION + 1, updatedAt: '2026-12-01T09:30:00+08:00' },
    summary: { version: EMBEDDED_VERSION + 1, updatedAt: '2026-12-01T09:30:00+08:00' },
  })
  expect(titleInUse(next)).toBe(UPDATED_JOB_TITLE)

  // The favourite of the job the update removed is kept and shown as 已下线.
  const favourites = decodeStored(FAVOURITES, favouritesShape).value
  const entries = groupFavourites(favourites, next.get().summary)[0]?.entries ?? []
  expect(entries.map((e) => [e.title, e.offline])).toEqual([
    [DROPPED_JOB_TITLE, true],
    [UPDATED_JOB_TITLE, false],
  ])
})

test('the same pack again is not newer: nothing changes, it is not validated or written again', async () => {
  await check('/good.json')
  const written = jest.spyOn(Taro, 'setStorageSync')
  await expect(check('/good.json')).resolves.toEqual({ state: 'unchanged', reason: 'not-newer' })
  expect(written).not.toHaveBeenCalled()
  expect(updateStatus.get()).toMatchObject({ state: 'up-to-date', reason: 'not-newer' })
})

test('an older pack than the one in use changes nothing', async () => {
  await check('/v3.json')
  await expect(check('/good.json')).resolves.toEqual({ state: 'unchanged', reason: 'not-newer' })
  expect(store.get().summary.version).toBe(EMBEDDED_VERSION + 2)
  expect(launch().get().summary.version).toBe(EMBEDDED_VERSION + 2)
})

test('a pack 5× the embedded one is cached in chunks far below the 1 MB per-key limit', async () => {
  const outcome = await check('/large.json')
  if (outcome.state !== 'updated') throw new Error(`not accepted: ${outcome.reason}`)
  const total = outcome.chunkBytes.reduce((a, b) => a + b, 0)
  expect(total).toBe(utf8Bytes(packText(scaledPack(5))))
  for (const bytes of outcome.chunkBytes) expect(bytes).toBeLessThan(900 * 1024)
  // What localStorage holds per key, escapes included.
  for (const key of cacheKeys()) expect(utf8Bytes(localStorage.getItem(key) ?? '')).toBeLessThan(900 * 1024)
  process.stdout.write(
    `content cache: ${(total / 1024).toFixed(0)} KB pack in ${outcome.chunkBytes.length} chunks of ${outcome.chunkBytes.map((b) => (b / 1024).toFixed(0)).join(' / ')} KB\n`,
  )

  const next = launch()
  expect(next.get().pack?.jobs.length).toBe(scaledPack(5).jobs.length)
})

/** Why each served bad body is refused (the same reasons decidePack gives in test/domain/content-update.test.ts). */
const BAD_BODY_REASONS: Record<string, string> = {
  'HTML instead of JSON': 'not-json',
  'truncated JSON': 'not-json',
  'empty body': 'not-json',
  'JSON that is not a pack': 'not-json',
  'one invalid record': 'invalid',
  'markup in a title': 'invalid',
  'script in a paragraph': 'invalid',
  'javascript: link': 'invalid',
  'wrong schemaVersion': 'schema-version',
  'same version as embedded': 'not-newer',
  'duplicate ids': 'invalid',
}

const failures: Array<[string, string, string]> = [
  ['a dropped connection', '/reset.json', 'network'],
  ['a server that never answers', '/hang.json', 'timeout'],
  ['HTTP 404', '/404.json', 'http-status'],
  ['HTTP 500', '/500.json', 'http-status'],
  ['an unknown host', 'http://127.0.0.1:1/pack.json', 'network'],
  [`a response over ${MAX_PACK_BYTES / 1024 / 1024} MB`, '/oversized.json', 'too-large'],
  ...Object.keys(BAD_BODIES).map((name): [string, string, string] => [
    name,
    `/bad/${encodeURIComponent(name)}`,
    BAD_BODY_REASONS[name] ?? `(no reason listed for ${name})`,
  ]),
]

describe.each(failures)('%s', (_name, path, reason) => {
  const run = (): ReturnType<typeof check> =>
    // A short timeout only where the server never answers; the rest must fail for their own reason.
    path.startsWith('http')
      ? checkForContentUpdate({ url: path, store })
      : check(path, path === '/hang.json' ? 500 : FETCH_TIMEOUT_MS)

  test('leaves the embedded content, quietly', async () => {
    const outcome = await run()
    expect(outcome).toEqual({ state: 'unchanged', reason })
    expect(store.get()).toEqual(embeddedState())
    expect(cacheKeys()).toEqual([])
    expect(launch().get().origin).toBe('embedded')
  })

  test('leaves the last good update in use and in the cache', async () => {
    await check('/good.json')
    const cached = cacheKeys()
    await run()
    expect(store.get().origin).toBe('update')
    expect(titleInUse()).toBe(UPDATED_JOB_TITLE)
    expect(cacheKeys()).toEqual(cached)
    expect(titleInUse(launch())).toBe(UPDATED_JOB_TITLE)
  })
})

// A fetch that never gave up would hang here until jest's own timeout fails the test: no clock needed.
test('the fetch gives up after the timeout, and the timeout is at most 8 s', async () => {
  expect(FETCH_TIMEOUT_MS).toBeLessThanOrEqual(8000)
  await expect(check('/hang.json', 300)).resolves.toEqual({ state: 'unchanged', reason: 'timeout' })
})

describe('the cache at launch', () => {
  test('a corrupt chunk: the cache is deleted and the embedded content stays', async () => {
    await check('/good.json')
    const key = cacheKeys().find((k) => k.includes('.chunk.'))
    if (!key) throw new Error('no chunk written')
    const stored = JSON.parse(localStorage.getItem(key) ?? '') as { data: string }
    localStorage.setItem(
      key,
      JSON.stringify({ data: stored.data.replace(UPDATED_JOB_TITLE, '被改坏的标题被改坏的标题被改') }),
    )
    const next = createContentStore(embeddedState())
    expect(restoreCachedContent(next)).toBe('corrupt-cache')
    expect(next.get().origin).toBe('embedded')
    expect(cacheKeys()).toEqual([])
  })

  test.each([
    ['a missing chunk', () => localStorage.removeItem(CONTENT_CACHE_KEYS.chunk('a', 0))],
    [
      'a manifest that is not one',
      () => localStorage.setItem(CONTENT_CACHE_KEYS.manifest, JSON.stringify({ data: 42 })),
    ],
  ])('%s: the cache is deleted and the embedded content stays', async (_name, damage) => {
    await check('/good.json')
    damage()
    const next = createContentStore(embeddedState())
    expect(restoreCachedContent(next)).toBe('corrupt-cache')
    expect(next.get().origin).toBe('embedded')
    expect(cacheKeys()).toEqual([])
  })

  test('an unreadable manifest reads as nothing cached; the chunks it left go with the next update', async () => {
    await check('/good.json')
    localStorage.setItem(CONTENT_CACHE_KEYS.manifest, '{"data":"{oops')
    const next = launch()
    expect(next.get().origin).toBe('embedded')
    store = next
    await check('/v3.json')
    expect(cacheKeys()).toEqual([CONTENT_CACHE_KEYS.chunk('a', 0), CONTENT_CACHE_KEYS.manifest].sort())
    expect(launch().get().summary.version).toBe(EMBEDDED_VERSION + 2)
  })

  test('a cache the new release has caught up with is deleted', async () => {
    await check('/good.json')
    const next = createContentStore(embeddedState())
    expect(restoreCachedContent(next, EMBEDDED_VERSION + 1)).toBe('not-newer')
    expect(next.get().origin).toBe('embedded')
    expect(cacheKeys()).toEqual([])
  })

  test('nothing cached: nothing happens', () => {
    expect(restoreCachedContent(store)).toBe('none')
    expect(store.get().origin).toBe('embedded')
  })
})

describe('writing the cache', () => {
  test('a crash before the manifest is written leaves the previous pack whole', async () => {
    await check('/good.json')
    const set = Taro.setStorageSync.bind(Taro)
    jest.spyOn(Taro, 'setStorageSync').mockImplementation((key: string, data: unknown) => {
      if (key === CONTENT_CACHE_KEYS.manifest) throw new Error('app killed')
      set(key, data)
    })
    await expect(check('/v3.json')).resolves.toMatchObject({ state: 'updated' })
    // In use for this session; the device still holds version 2, whole.
    expect(store.get().summary.version).toBe(EMBEDDED_VERSION + 2)
    jest.restoreAllMocks()
    const cached = readCachedPack()
    expect(cached.state === 'found' && cached.manifest.version).toBe(EMBEDDED_VERSION + 1)
    expect(titleInUse(launch())).toBe(UPDATED_JOB_TITLE)
  })

  test('a full device: the partial chunks are removed and the previous cache stays', async () => {
    await check('/good.json')
    const before = cacheKeys()
    const set = Taro.setStorageSync.bind(Taro)
    let writes = 0
    jest.spyOn(Taro, 'setStorageSync').mockImplementation((key: string, data: unknown) => {
      if (++writes > 1) throw new Error('exceed storage max size 10MB')
      set(key, data)
    })
    await expect(check('/large-v3.json')).resolves.toMatchObject({ state: 'updated' })
    jest.restoreAllMocks()
    expect(store.get().summary.version).toBe(EMBEDDED_VERSION + 2)
    expect(cacheKeys()).toEqual(before)
    expect(launch().get().summary.version).toBe(EMBEDDED_VERSION + 1)
  })

  test('a new pack replaces the old one: no chunk of the old one is left behind', async () => {
    await check('/large.json')
    const large = cacheKeys().length
    server.answer('/v3-small.json', json(packText(newerPack(EMBEDDED_VERSION + 2))))
    await check('/v3-small.json')
    const keys = cacheKeys()
    expect(keys.length).toBeLessThan(large)
    expect(keys).toEqual([CONTENT_CACHE_KEYS.chunk('b', 0), CONTENT_CACHE_KEYS.manifest].sort())
  })
})

test('pack text is only ever rendered as text: no RichText, innerHTML or HTML insertion anywhere in src', () => {
  const srcDir = nodePath.resolve(__dirname, '..', '..', 'src')
  const files = (dir: string): string[] =>
    fs
      .readdirSync(dir, { withFileTypes: true })
      .flatMap((e) => (e.isDirectory() ? files(nodePath.join(dir, e.name)) : [nodePath.join(dir, e.name)]))
  const offenders = files(srcDir)
    .filter((f) => /\.(tsx?|jsx?)$/.test(f))
    .filter((f) =>
      /RichText|rich-text|dangerouslySetInnerHTML|innerHTML|outerHTML|insertAdjacentHTML|document\.write/.test(
        fs.readFileSync(f, 'utf8'),
      ),
    )
    .map((f) => nodePath.relative(srcDir, f))
  expect(offenders).toEqual([])
})

describe('the version file beside the pack', () => {
  const sent = (from: number) => server.transfers.slice(from)

  test('an unchanged check downloads only the version file: under 1 KB on the wire, against the whole pack', async () => {
    const first = server.transfers.length
    expect(await check('/published/pack.json')).toMatchObject({ state: 'updated', version: EMBEDDED_VERSION + 1 })
    expect(sent(first).map((t) => t.path)).toEqual(['/published/pack.version.json', '/published/pack.json'])
    const packTransfer = sent(first)[1]

    const second = server.transfers.length
    expect(await check('/published/pack.json')).toEqual({ state: 'unchanged', reason: 'not-newer' })
    expect(updateStatus.get().state).toBe('up-to-date')
    const unchanged = sent(second)
    expect(unchanged.map((t) => t.path)).toEqual(['/published/pack.version.json'])
    const bytes = unchanged[0]!.requestBytes + unchanged[0]!.responseBytes
    expect(bytes).toBeLessThan(1024)
    // The check it replaces: the whole pack, well over a hundred times as much.
    expect(packTransfer!.responseBytes).toBeGreaterThan(100 * 1024)
    expect(titleInUse()).toBe(UPDATED_JOB_TITLE)
  })

  test('a version file that claims a newer version than its pack holds changes nothing', async () => {
    store.set(contentStateOf(newerPack(), 'update'))
    const first = server.transfers.length
    expect(await check('/overclaim/pack.json')).toEqual({ state: 'unchanged', reason: 'not-newer' })
    expect(sent(first).map((t) => t.path)).toEqual(['/overclaim/pack.version.json', '/overclaim/pack.json'])
  })

  test('no usable version file (missing, or the pack under its name): the pack itself is checked', async () => {
    let first = server.transfers.length
    expect(await check('/good.json')).toMatchObject({ state: 'updated' })
    expect(server.requests.slice(-2)).toEqual(['/good.version.json', '/good.json'])
    store.set(embeddedState())
    first = server.transfers.length
    expect(await check('/misserved/pack.json')).toMatchObject({ state: 'updated' })
    expect(sent(first).map((t) => t.path)).toEqual(['/misserved/pack.version.json', '/misserved/pack.json'])
  })
})

import {
  CHUNK_MAX_BYTES,
  announcedVersion,
  MAX_PACK_BYTES,
  decideCached,
  decidePack,
  decideResponse,
  hashText,
  makeManifest,
  parseManifest,
  splitIntoChunks,
  utf8Bytes,
  versionUrlFor,
} from '@/domain/content-update'
import { embeddedPack } from '@/content/index'
import { groupFavourites, type Favourite } from '@/domain/favourites'
import {
  BAD_BODIES,
  CHANGED_JOB_ID,
  DROPPED_JOB_ID,
  DROPPED_JOB_TITLE,
  EMBEDDED_VERSION,
  HOSTILE_TITLES,
  LITERAL_TITLES,
  ORIGINAL_JOB_TITLE,
  UPDATED_JOB_TITLE,
  newerPack,
  packText,
  scaledPack,
} from '../fixtures/content/packs'

const escapedBytes = (chunk: string): number => Buffer.byteLength(JSON.stringify(chunk), 'utf8')

describe('decidePack', () => {
  test('accepts a valid newer pack, with the changed job title', () => {
    const decision = decidePack(packText(newerPack()), EMBEDDED_VERSION)
    expect(decision.accept).toBe(true)
    if (!decision.accept) return
    expect(decision.pack.version).toBe(EMBEDDED_VERSION + 1)
    expect(decision.pack.jobs.find((j) => j.id === CHANGED_JOB_ID)?.title).toBe(UPDATED_JOB_TITLE)
  })

  const expected: Record<string, string> = {
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
  test.each(Object.keys(BAD_BODIES))('refuses %s', (name) => {
    const decision = decidePack(BAD_BODIES[name] ?? '', EMBEDDED_VERSION)
    expect(decision).toMatchObject({ accept: false, reason: expected[name] })
  })

  test('refuses a pack older than the one in use', () => {
    expect(decidePack(packText(newerPack(EMBEDDED_VERSION + 1)), EMBEDDED_VERSION + 2)).toMatchObject({
      accept: false,
      reason: 'not-newer',
    })
  })

  test.each(HOSTILE_TITLES)('a job titled %j makes the whole pack invalid', (title) => {
    const pack = newerPack()
    const job = pack.jobs[0]
    if (job) job.title = title
    expect(decidePack(packText(pack), EMBEDDED_VERSION)).toMatchObject({ accept: false, reason: 'invalid' })
  })

  test.each(LITERAL_TITLES)('a job titled %j is plain text and accepted as it is', (title) => {
    const pack = newerPack()
    const job = pack.jobs[0]
    if (job) job.title = title
    const decision = decidePack(packText(pack), EMBEDDED_VERSION)
    expect(decision.accept && decision.pack.jobs[0]?.title).toBe(title)
  })

  test('refuses a response over the size limit before parsing it', () => {
    const text = packText(scaledPack(21))
    expect(utf8Bytes(text)).toBeGreaterThan(MAX_PACK_BYTES)
    expect(decidePack(text, EMBEDDED_VERSION)).toMatchObject({ accept: false, reason: 'too-large' })
  })

  test('accepts a large pack (5× the embedded one) under the limit', () => {
    const text = packText(scaledPack(5))
    expect(utf8Bytes(text)).toBeLessThan(MAX_PACK_BYTES)
    expect(decidePack(text, EMBEDDED_VERSION).accept).toBe(true)
  })
})

describe('decideResponse', () => {
  test.each([404, 500, 304, 204])('HTTP %i changes nothing', (statusCode) => {
    expect(decideResponse({ statusCode, data: packText(newerPack()) }, EMBEDDED_VERSION)).toMatchObject({
      accept: false,
      reason: 'http-status',
    })
  })

  test('a body that is not text is refused', () => {
    expect(decideResponse({ statusCode: 200, data: null }, EMBEDDED_VERSION)).toMatchObject({
      accept: false,
      reason: 'not-text',
    })
  })

  test('a transport that parsed the JSON itself still gets the same checks', () => {
    expect(decideResponse({ statusCode: 200, data: newerPack() }, EMBEDDED_VERSION).accept).toBe(true)
  })
})

describe('cache chunks', () => {
  test('a 5× pack splits into chunks well under the 1 MB key limit that join back exactly', () => {
    const text = packText(scaledPack(5))
    const chunks = splitIntoChunks(text)
    expect(chunks.join('')).toBe(text)
    expect(chunks.length).toBeGreaterThan(1)
    for (const c of chunks) expect(escapedBytes(c)).toBeLessThanOrEqual(CHUNK_MAX_BYTES)
    expect(CHUNK_MAX_BYTES).toBeLessThan(900 * 1024)
  })

  test('never splits a character made of two UTF-16 units, and counts escapes', () => {
    const text = '鹿🦌"\\'.repeat(1000)
    const chunks = splitIntoChunks(text, 1000)
    expect(chunks.join('')).toBe(text)
    for (const c of chunks) {
      expect(escapedBytes(c)).toBeLessThanOrEqual(1000)
      expect(c).not.toMatch(/^[\udc00-\udfff]|[\ud800-\udbff]$/)
    }
  })

  test('utf8Bytes agrees with Buffer', () => {
    const text = packText(embeddedPack) + '🦌'
    expect(utf8Bytes(text)).toBe(Buffer.byteLength(text, 'utf8'))
  })

  test('the manifest is read back, and junk is not a manifest', () => {
    const pack = newerPack()
    const manifest = makeManifest(packText(pack), 2, pack, 'b')
    expect(parseManifest(JSON.stringify(manifest))).toEqual(manifest)
    for (const junk of [
      '',
      '{',
      'null',
      '[]',
      JSON.stringify({ ...manifest, chunks: 0 }),
      JSON.stringify({ ...manifest, slot: 'c' }),
    ]) {
      expect(parseManifest(junk)).toBeUndefined()
    }
  })
})

describe('decideCached', () => {
  const pack = newerPack()
  const text = packText(pack)
  const manifest = makeManifest(text, 1, pack, 'a')

  test('a whole, valid, newer cached pack is used', () => {
    expect(decideCached(text, manifest, EMBEDDED_VERSION).accept).toBe(true)
  })

  test('a damaged cache is refused: changed text, lost tail, mixed-up chunks', () => {
    expect(
      decideCached(text.replace(UPDATED_JOB_TITLE, '改过的标题改过的标题改过'), manifest, EMBEDDED_VERSION),
    ).toMatchObject({ reason: 'corrupt-cache' })
    expect(decideCached(text.slice(0, -10), manifest, EMBEDDED_VERSION)).toMatchObject({ reason: 'corrupt-cache' })
    expect(hashText(text)).not.toBe(hashText(text.slice(1) + text[0]))
  })

  test('a cache the release has caught up with is refused', () => {
    expect(decideCached(text, manifest, EMBEDDED_VERSION + 1)).toMatchObject({ accept: false, reason: 'not-newer' })
  })

  test('a cache written under an older schema is refused', () => {
    const old = text.replace('"schemaVersion":1', '"schemaVersion":0')
    expect(decideCached(old, makeManifest(old, 1, pack, 'a'), EMBEDDED_VERSION)).toMatchObject({
      reason: 'schema-version',
    })
  })
})

test('favourites of a record the update removed show 已下线 under their saved title; others follow the update', () => {
  const favourites: Favourite[] = [
    { domain: 'jobs', id: DROPPED_JOB_ID, title: DROPPED_JOB_TITLE, savedAt: 1 },
    { domain: 'jobs', id: CHANGED_JOB_ID, title: ORIGINAL_JOB_TITLE, savedAt: 2 },
  ]
  const before = groupFavourites(favourites, embeddedPack)
  expect(before[0]?.entries.map((e) => e.offline)).toEqual([false, false])

  const decision = decidePack(packText(newerPack()), EMBEDDED_VERSION)
  if (!decision.accept) throw new Error('the newer pack should be accepted')
  const after = groupFavourites(favourites, decision.pack)
  expect(after[0]?.entries).toEqual([
    { favourite: favourites[0], title: DROPPED_JOB_TITLE, offline: true, source: undefined },
    { favourite: favourites[1], title: UPDATED_JOB_TITLE, offline: false, source: { kind: 'sample' } },
  ])
})

describe('the version file', () => {
  test.each([
    ['https://cdn.example.com/shuangyang/pack.json', 'https://cdn.example.com/shuangyang/pack.version.json'],
    ['https://cdn.example.com/pack.json?v=2', 'https://cdn.example.com/pack.version.json?v=2'],
    ['https://cdn.example.com/content', 'https://cdn.example.com/content.version.json'],
  ])('%s is announced by %s', (pack, version) => {
    expect(versionUrlFor(pack)).toBe(version)
  })

  test.each([
    ['a version file', { statusCode: 200, data: '{"version":7}\n' }, 7],
    ['one a transport parsed', { statusCode: 200, data: { version: 3 } }, 3],
    ['a missing file', { statusCode: 404, data: '{"version":7}' }, undefined],
    ['HTML', { statusCode: 200, data: '<html>7</html>' }, undefined],
    ['a version that is not a positive integer', { statusCode: 200, data: '{"version":"7"}' }, undefined],
    ['a fraction', { statusCode: 200, data: '{"version":7.5}' }, undefined],
    ['zero', { statusCode: 200, data: '{"version":0}' }, undefined],
    ['more than 1 KB', { statusCode: 200, data: `{"version":7,"pad":"${'x'.repeat(1100)}"}` }, undefined],
  ])('%s announces %s', (_name, response, expected) => {
    expect(announcedVersion(response)).toBe(expected)
  })
})

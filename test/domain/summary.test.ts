import fs from 'node:fs'
import path from 'node:path'
import { embeddedPack } from '@/content/index'
import { contentStateOf, embeddedSummary } from '@/domain/content-store'
import { loadEmbeddedRecords } from '@/domain/embedded/digest'
import { loadEmbeddedSearchDocs } from '@/domain/embedded/search'
import { search } from '@/domain/search/search'
import { searchDocs } from '@/domain/search/search-index'
import { summaryOf } from '@/domain/summary'
import { digestFiles, DIGEST_DIR } from '../../scripts/content-digest'

const CONTENT_DIR = path.resolve(__dirname, '../../src/content')

// Written by hand from src/content/jobs.json: the first job post.
const DEER_KEEPER = {
  id: 'luxiang-deer-keeper',
  title: '梅花鹿饲养员',
  employer: '鹿乡镇某梅花鹿养殖合作社',
  townId: 'luxiang',
  type: 'enterprise',
  schedule: 'full-time',
  pay: { min: 3500, max: 4500, unit: 'month' },
  postedAt: '2026-11-26',
  deadline: '2026-12-20',
  source: { kind: 'sample' },
}

describe('the content summary (what home, search facts and 我的 read instead of whole records)', () => {
  const summary = summaryOf(embeddedPack)

  test('keeps the listed fields of a record and nothing else: no duties, contact, address or map point', () => {
    expect(summary.jobs.find((j) => j.id === 'luxiang-deer-keeper')).toEqual(DEER_KEEPER)
  })

  test('keeps every record of every domain, in the content order', () => {
    // As many as the content files hold, read raw (so a record added to the content needs no edit here).
    for (const domain of ['livelihood', 'jobs', 'events', 'attractions', 'policies'] as const) {
      const raw = JSON.parse(fs.readFileSync(path.join(CONTENT_DIR, `${domain}.json`), 'utf8')) as Array<{ id: string }>
      expect(summary[domain].map((r) => r.id)).toEqual(raw.map((r) => r.id))
    }
  })

  test('cuts a source down to its kind, marking a cited record with sample fields as partly sample', () => {
    // The names of the sample fields stay, so a summary-only page can tell the festival's dates are an example.
    expect(summary.events.find((e) => e.id === 'meihualu-festival')?.source).toEqual({
      kind: 'cited',
      partly: true,
      sampleFields: ['recurrence', 'start', 'end'],
    })
    expect(summary.events.find((e) => e.id === 'ice-snow-season')?.source).toEqual({ kind: 'sample' })
    // Hand count from src/content/events.json: 2 events are cited with some sample fields, 14 are sample.
    expect(summary.events.filter((e) => e.source.partly).length).toBe(2)
    expect(summary.events.filter((e) => e.source.kind === 'sample').length).toBe(14)
  })

  test('carries the tracker figures home shows', () => {
    // Hand count from src/content/livelihood.json: 31 reported items (9 + 22), a demo plan of 16 (4 / 6 / 6).
    expect(summary.livelihoodTracker.reported).toEqual({ total: 31, livelihood: 9, other: 22 })
    expect(summary.livelihoodTracker.demo.total).toBe(16)
    expect(summary.livelihoodTracker.demo.byStatus).toEqual({ done: 4, 'in-progress': 6, 'not-started': 6 })
    expect(summary.version).toBe(1)
    expect(summary.edition).toBe('demo')
  })

  test('the app ships the summary and search documents of the content it ships (npm run content:digest)', async () => {
    for (const [name, text] of Object.entries(digestFiles())) {
      expect(fs.readFileSync(path.join(DIGEST_DIR, name), 'utf8')).toBe(text)
    }
    // At start only what does not grow with the content; the records and documents come in chunks of their own.
    expect(embeddedSummary).toEqual({
      ...summary,
      livelihood: [],
      jobs: [],
      events: [],
      attractions: [],
      policies: [],
    })
    for (const domain of ['livelihood', 'jobs', 'events', 'attractions', 'policies'] as const) {
      expect(await loadEmbeddedRecords(domain)).toEqual(summary[domain])
    }
    expect(await loadEmbeddedSearchDocs()).toEqual(searchDocs(embeddedPack))
  })

  test('a pack from the content URL gets its own summary, so every page reads the same version', () => {
    const newer = { ...embeddedPack, version: 7, jobs: embeddedPack.jobs.slice(1) }
    const state = contentStateOf(newer, 'update')
    expect(state.summary.version).toBe(7)
    expect(state.summary.jobs.map((j) => j.id)).not.toContain('luxiang-deer-keeper')
    expect(state.pack).toBe(newer)
  })
})

describe('search over documents finds what search over the whole pack finds', () => {
  const docs = searchDocs(embeddedPack)

  test.each(['梅花鹿', '低保', 'mhlj', '双阳 公园', '护林员', '养老'])('%s', (query) => {
    const ids = (r: ReturnType<typeof search>) => r.hits.map((h) => `${h.domain}/${h.id}`)
    const fromDocs = search(docs, query)
    expect(fromDocs.total).toBeGreaterThan(0)
    expect(ids(fromDocs)).toEqual(ids(search(embeddedPack, query)))
  })
})

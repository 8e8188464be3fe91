import { readFileSync } from 'node:fs'
import path from 'node:path'
import { embeddedPack } from '@/content/index'
import { formatProblem } from '@/content/problem'
import { acceptPackText, validateRecords } from '@/content/validate'

/*
 * The `official` source: what a publisher states itself. Only an official pack may hold such records (the
 * embedded demo pack never does: we are not the district), and an official pack holds no sample record.
 * The fixture pack is test data and says so in every publisher's name.
 */

const FIXTURE = path.join(__dirname, '../fixtures/content/official-test-pack.json')

function fixture(): Record<string, unknown> & { [collection: string]: unknown } {
  return JSON.parse(readFileSync(FIXTURE, 'utf8'))
}

function check(pack: unknown): string[] {
  const result = validateRecords(pack)
  return result.ok ? [] : result.problems.map(formatProblem)
}

function records(pack: Record<string, unknown>, collection: string): Array<Record<string, unknown>> {
  return pack[collection] as Array<Record<string, unknown>>
}

describe('official source', () => {
  it('the fixture official pack passes the whole check, as content:check and phones decide', () => {
    expect(acceptPackText(readFileSync(FIXTURE, 'utf8'))).toMatchObject({ ok: true })
  })

  it('the embedded demo pack holds no official record', () => {
    const kinds = new Set<string>()
    for (const c of ['towns', 'livelihood', 'jobs', 'events', 'attractions', 'policies'] as const)
      for (const r of embeddedPack[c]) kinds.add(r.source.kind)
    expect(kinds.has('official')).toBe(false)
  })

  it('refuses an official record in a demo pack', () => {
    const pack = fixture()
    pack.edition = 'demo'
    expect(check(pack).filter((line) => line.startsWith('jobs/'))).toEqual([
      'jobs/test-clerk: source: 演示版内容包不能含发布单位发布的记录',
    ])
  })

  it('refuses a sample record in an official pack', () => {
    const pack = fixture()
    records(pack, 'jobs')[0]!.source = { kind: 'sample', note: '示例' }
    expect(check(pack)).toEqual(['jobs/test-clerk: source: 正式版内容包不能含示例记录'])
  })

  it('refuses a cited record with sample fields in an official pack: 梅花鹿节 with dates nobody announced', () => {
    const pack = fixture()
    const festival = embeddedPack.events.find((e) => e.id === 'meihualu-festival')
    records(pack, 'events').push({ ...festival })
    expect(check(pack)).toEqual(['events/meihualu-festival: source.sampleFields: 正式版内容包不能含示例字段'])
  })

  it.each<[string, unknown, string]>([
    ['no publisher', { kind: 'official', date: '2026-11-20' }, 'jobs/test-clerk: source.by: 缺少必填项'],
    ['no date', { kind: 'official', by: '某单位' }, 'jobs/test-clerk: source.date: 缺少必填项'],
    [
      'a date that is no date',
      { kind: 'official', by: '某单位', date: '2026-02-30' },
      'jobs/test-clerk: source.date: 不是真实存在的日期',
    ],
    [
      'markup in the document title',
      { kind: 'official', by: '某单位', date: '2026-11-20', ref: '<b>通知</b>' },
      'jobs/test-clerk: source.ref: 不能含有标记、脚本或链接代码',
    ],
  ])('reports an official source with %s', (_name, source, line) => {
    const pack = fixture()
    records(pack, 'jobs')[0]!.source = source
    expect(check(pack)).toEqual([line])
  })
})

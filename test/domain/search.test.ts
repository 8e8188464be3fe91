import { embeddedPack } from '@/content/index'
import type { ContentPack } from '@/content/schema'
import { matchPinyin, readingsOf } from '@/domain/pinyin'
import { highlightParts } from '@/domain/search/highlight'
import type { SearchResult } from '@/domain/search/hit'
import { normalizeText, queryTerms, wantsElderMode } from '@/domain/search/query'
import { addRecentSearch, recentSearchesShape } from '@/domain/search/recent'
import { search } from '@/domain/search/search'
import { searchIndex } from '@/domain/search/search-index'
import { SEARCH_SUGGESTIONS } from '@/domain/search/words'
import { decodeStored } from '@/domain/stored'

const parseRecentSearches = (raw: unknown) => {
  const { value, recovered } = decodeStored(raw, recentSearchesShape)
  return { items: value, recovered }
}

const titles = (r: SearchResult) => r.groups.flatMap((g) => g.hits.map((h) => h.title))
const hitIn = (r: SearchResult, domain: string) => r.groups.find((g) => g.domain === domain)?.hits ?? []
const highlighted = (text: string, ranges: ReadonlyArray<readonly [number, number]>) =>
  highlightParts(text, ranges)
    .filter((p) => p.hit)
    .map((p) => p.text)

describe('pinyin matching', () => {
  it.each([
    ['mhlj', '梅花鹿节'],
    ['meihualujie', '梅花鹿节'],
    ['meihual', '梅花鹿'],
    ['meihlj', '梅花鹿节'],
    ['梅花lj', '梅花鹿节'],
    ['mh鹿j', '梅花鹿节'],
    ['shuangyang', '双阳'],
    ['shy', '双阳'],
    ['sy', '双阳'],
    ['lv', '绿'],
    ['lu', '绿'],
  ])('%s finds %s', (query, text) => {
    expect(matchPinyin(text, query)).toEqual({ start: 0, end: text.length })
  })

  it('reports where in the text the match is', () => {
    expect(matchPinyin('双阳梅花鹿节', 'mhlj')).toEqual({ start: 2, end: 6 })
  })

  it('knows polyphones in context: 长 is chang and zhang', () => {
    expect(readingsOf('长')).toEqual(expect.arrayContaining(['chang', 'zhang']))
    expect(matchPinyin('长辈', 'zhangbei')).toBeDefined()
    expect(matchPinyin('长春', 'changchun')).toBeDefined()
  })

  it.each([
    ['mhx', '梅花鹿节'],
    ['meihuaxu', '梅花鹿节'],
    ['jl', '梅花鹿节'],
    ['', '梅花鹿节'],
  ])('%s does not find %s', (query, text) => {
    expect(matchPinyin(text, query)).toBeUndefined()
  })
})

describe('search over the embedded content', () => {
  it('finds the 梅花鹿节 by Chinese, full pinyin and initials, with the match highlighted', () => {
    for (const q of ['梅花鹿节', 'meihualujie', 'mhlj']) {
      const events = hitIn(search(embeddedPack, q), 'events')
      const festival = events.find((h) => h.title.includes('梅花鹿节'))
      expect(festival).toBeDefined()
      expect(highlighted(festival!.title, festival!.titleRanges)).toEqual(['梅花鹿节'])
    }
  })

  it('groups results by domain with a count per group', () => {
    const result = search(embeddedPack, '梅花鹿')
    expect(result.groups.length).toBeGreaterThan(1)
    for (const g of result.groups) {
      expect(g.count).toBe(g.hits.length)
      expect(g.hits.every((h) => h.domain === g.domain)).toBe(true)
    }
    expect(result.total).toBe(result.groups.reduce((n, g) => n + g.count, 0))
  })

  it('ranks title matches before body matches', () => {
    for (const q of ['梅花鹿', '低保', '公益岗位', '养老']) {
      const result = search(embeddedPack, q)
      for (const g of result.groups) {
        const inTitle = g.hits.map((h) => h.titleRanges.length > 0)
        // Once a hit has no title match, no later hit in the group has one.
        expect(inTitle.slice(inTitle.indexOf(false) < 0 ? inTitle.length : inTitle.indexOf(false))).not.toContain(true)
      }
    }
  })

  it('shows a highlighted snippet for a match that is only in the text', () => {
    const result = search(embeddedPack, '梅花鹿')
    const bodyOnly = result.groups.flatMap((g) => g.hits).find((h) => h.titleRanges.length === 0)
    expect(bodyOnly?.snippet).toBeDefined()
    expect(highlighted(bodyOnly!.snippet!, bodyOnly!.snippetRanges).join('')).toContain('梅花鹿')
  })

  it.each([
    ['低保', '最低生活保障'],
    ['最低生活保障', '低保'],
    ['医疗保险', '医保'],
    ['医保', '医保'],
  ])('synonyms: %s finds the policy about %s', (query, word) => {
    const policies = hitIn(search(embeddedPack, query), 'policies')
    expect(policies.length).toBeGreaterThan(0)
    expect(policies[0]!.title).toContain(word)
  })

  it('finds a policy by its own keywords (五保 → 特困人员救助供养)', () => {
    expect(hitIn(search(embeddedPack, '五保'), 'policies')[0]?.title).toBe('特困人员救助供养')
  })

  it('searches by pinyin of a keyword: dibao finds 城乡低保', () => {
    expect(titles(search(embeddedPack, 'dibao'))).toContain('城乡低保（最低生活保障）')
  })

  it('mixed input: digits with Chinese, Chinese with pinyin, several words', () => {
    expect(titles(search(embeddedPack, '153中学'))).toContain('153中学异地新建')
    expect(titles(search(embeddedPack, '梅花lj'))).toContain('双阳梅花鹿节')
    const both = search(embeddedPack, '公益岗位 保洁')
    expect(both.total).toBeGreaterThan(0)
    for (const hit of both.groups.flatMap((g) => g.hits)) expect(hit.domain).toBeDefined()
    expect(titles(both)).toContain('道路保洁员（公益岗位）')
  })

  it('treats full-width letters and upper case like what they stand for', () => {
    expect(titles(search(embeddedPack, 'ＭＨＬＪ'))).toContain('双阳梅花鹿节')
    expect(titles(search(embeddedPack, 'MHLJ'))).toContain('双阳梅花鹿节')
  })

  it('every suggestion offered on an empty box finds something', () => {
    for (const s of SEARCH_SUGGESTIONS) expect(search(embeddedPack, s).total).toBeGreaterThan(0)
  })

  it.each([
    ['empty', ''],
    ['spaces', '   '],
    ['emoji', '😀🎉'],
    ['regex characters', '.*+?^${}()|[]\\'],
    ['very long', '梅'.repeat(10_000)],
    ['lone surrogate', '\ud83d'],
    ['html', '<script>alert(1)</script>'],
    ['punctuation only', '，。、！'],
  ])('odd input (%s) never throws', (_, query) => {
    expect(() => search(embeddedPack, query)).not.toThrow()
    expect(search(embeddedPack, query).total).toBe(0)
  })

  it('survives a pack with missing domains', () => {
    const partial = { ...embeddedPack, jobs: undefined } as unknown as ContentPack
    expect(() => search(partial, '岗位')).not.toThrow()
  })

  it('offers the elderly mode for the words people use for it', () => {
    for (const q of ['长辈版', '关怀版', '大字', '老年', '字太小了'])
      expect(search(embeddedPack, q).elderIntent).toBe(true)
    expect(wantsElderMode('梅花鹿')).toBe(false)
  })

  it('builds the index once per pack and a new one for a new pack', () => {
    expect(searchIndex(embeddedPack)).toBe(searchIndex(embeddedPack))
    const update = { ...embeddedPack, events: [] }
    expect(searchIndex(update)).not.toBe(searchIndex(embeddedPack))
    expect(hitIn(search(update, '梅花鹿节'), 'events')).toEqual([])
  })
})

describe('query helpers', () => {
  it('splits words at spaces and punctuation, caps their number and length', () => {
    expect(queryTerms(' 低保，申请  条件 ')).toEqual(['低保', '申请', '条件'])
    expect(queryTerms(Array.from({ length: 20 }, (_, i) => `w${i}`).join(' ')).length).toBe(8)
    expect(queryTerms('a'.repeat(1000))[0]!.length).toBe(64)
  })

  it('normalises without changing length, so highlight positions stay right', () => {
    const text = 'ＡＢＣ１２３　梅花鹿Festival'
    expect(normalizeText(text)).toBe('abc123 梅花鹿festival')
    expect(normalizeText(text).length).toBe(text.length)
  })

  it('splits text into highlighted and plain parts, clamping bad ranges', () => {
    expect(highlightParts('双阳梅花鹿节', [[2, 6]])).toEqual([
      { text: '双阳', hit: false },
      { text: '梅花鹿节', hit: true },
    ])
    expect(
      highlightParts('abc', [
        [1, 2],
        [1, 3],
        [-5, 0],
        [10, 20],
      ]),
    ).toEqual([
      { text: 'a', hit: false },
      { text: 'bc', hit: true },
    ])
  })
})

describe('recent searches', () => {
  it('puts the latest first, once, and keeps ten', () => {
    let items: string[] = []
    for (let i = 0; i < 12; i += 1) items = addRecentSearch(items, `词${i}`)
    items = addRecentSearch(items, '词5')
    expect(items[0]).toBe('词5')
    expect(items).toHaveLength(10)
    expect(new Set(items).size).toBe(10)
    expect(addRecentSearch(items, '   ')).toEqual(items)
  })

  it.each([
    ['nothing stored', undefined, [], false],
    ['a stored list', JSON.stringify(['低保', '梅花鹿']), ['低保', '梅花鹿'], false],
    ['broken JSON', '["低保",', [], true],
    ['a foreign shape', JSON.stringify({ q: '低保' }), [], true],
    ['mixed entries', JSON.stringify(['低保', 3, null, '低保', '', { a: 1 }, '医保']), ['低保', '医保'], true],
    ['an already parsed array', ['低保'], ['低保'], false],
    ['untrimmed entries', JSON.stringify(['  低保 ', '低保', '   ']), ['低保'], true],
    ['a 64-character entry and a 65-character one', ['保'.repeat(64), '保'.repeat(65)], ['保'.repeat(64)], true],
    [
      'eleven entries (kept: the ten first, nothing damaged)',
      Array.from({ length: 11 }, (_, i) => `词${i}`),
      Array.from({ length: 10 }, (_, i) => `词${i}`),
      false,
    ],
  ])('recovers from %s', (_, raw, items, recovered) => {
    expect(parseRecentSearches(raw)).toEqual({ items, recovered })
  })
})

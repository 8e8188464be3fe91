import type { ContentPack, Domain } from '@/content/schema'
import { payLabel } from './jobs'
import { DEMO_PLAN_TITLE, stageLabel, statusLabel } from './livelihood'
import {
  hasLatin,
  isSyllables,
  letterMask,
  matchPinyin,
  mayMatchPinyin,
  readingsOf,
  type LetterMask,
  type PinyinOptions,
} from './pinyin'
import { DOMAIN_LABELS, townName } from './records'
import { storedTextList, type StoredShape } from './stored'

/** [start, end) of a match inside a piece of text. */
export type TextRange = readonly [number, number]

export interface SearchHit {
  domain: Domain
  id: string
  title: string
  titleRanges: TextRange[]
  /** A short piece of the record's text around a match that is not in the title. */
  snippet?: string
  snippetRanges: TextRange[]
  /** One line under the title: category, employer and pay, venue … */
  subtitle: string
  score: number
}

export interface SearchGroup {
  domain: Domain
  label: string
  count: number
  hits: SearchHit[]
}

export interface SearchResult {
  /** The query as searched: invisible characters removed, trimmed, capped. */
  query: string
  terms: string[]
  groups: SearchGroup[]
  /** Every hit, best first: hits[0] is the top hit. */
  hits: SearchHit[]
  total: number
  /** 你是不是要找…: records the query sounds like, when nothing is about the query itself. */
  suggestions: SearchHit[]
  /** The words asked about the elderly mode (长辈版, 大字 …): offer the switch. */
  elderIntent: boolean
}

/**
 * Abbreviations and their full forms. A term containing one is also searched
 * with each of the others swapped in (低保申请 → 最低生活保障申请). Policies
 * add their own `keywords`, which are searched like titles.
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['低保', '最低生活保障'],
  ['医保', '医疗保险', '医疗保障'],
  ['社保', '社会保险'],
  ['养老金', '养老保险'],
  ['五保', '特困供养', '特困人员'],
  ['新农合', '居民医保', '合作医疗'],
  ['大病医保', '大病保险'],
  ['残补', '残疾人补贴', '残疾人两项补贴'],
  ['公益岗', '公益岗位', '公益性岗位'],
  ['防返贫', '防止返贫'],
  ['地补', '耕地地力保护补贴'],
  ['体检', '健康检查'],
]

/** Everyday words for the same thing: used only when the whole word is typed (找工作 → 招聘, 岗位 …). */
export const RELATED_WORDS: readonly (readonly string[])[] = [
  ['找工作', '招聘', '岗位', '就业', '找活'],
  ['打工', '务工'],
  ['老人', '老年人', '高龄'],
  ['看病', '就医', '医疗'],
  ['上学', '教育', '学校'],
  ['景区', '景点', '旅游'],
  ['节日', '节庆', '活动'],
]

/** Typing any of these offers the 长辈版 switch. */
export const ELDER_MODE_WORDS = [
  '长辈版',
  '长辈',
  '关怀版',
  '关怀模式',
  '大字',
  '字大',
  '字太小',
  '老年版',
  '老年',
  '适老',
  '老人版',
] as const

/** Offered on an empty box; each finds something in the embedded content (tested). */
export const SEARCH_SUGGESTIONS = [
  '梅花鹿节',
  '低保',
  '医保',
  '公益岗位',
  '消夏节',
  '153中学',
  '养老保险',
  '雕塑公园',
] as const

export const MAX_QUERY = 64
const MAX_TERMS = 8
const SNIPPET_BEFORE = 10
const SNIPPET_LENGTH = 48
const MAX_SUGGESTIONS = 3

/**
 * How well one word of the query matches a record. The title (and a policy's
 * own names for itself) say what a record is about; its text only mentions things.
 */
const SCORE = {
  /** The whole title (or the name in it) typed. */
  titleExact: 110,
  /** A name people call a policy by, typed whole (低保, 五保户). */
  nameExact: 92,
  titlePrefix: 84,
  titleSubstring: 72,
  namePart: 62,
  titlePinyin: 62,
  namePinyin: 56,
  /** A category or tag, typed whole (滑雪, 节庆). */
  tagExact: 58,
  tagPart: 40,
  body: 20,
  /** The title and a policy's own names both match: the record is plainly about the word. */
  titleAndName: 6,
  /** Up to this much more for a title match, by how much of the title the word covers. */
  coverage: 10,
  /** Matching through a synonym rather than the words typed. */
  synonymPenalty: 5,
  /** Homophones and near misses, only offered as 你是不是要找…. */
  homophone: 56,
  nearMiss: 44,
} as const

/**
 * Records a resident acts on (a policy to apply for, an event to go to, a
 * place to visit) come before job posts and project reports that match about as well.
 */
const DOMAIN_PRIOR: Readonly<Record<Domain, number>> = {
  policies: 8,
  events: 8,
  attractions: 8,
  jobs: 0,
  livelihood: 0,
}

/**
 * Lower-case, full-width letters/digits/space to half-width. One UTF-16 unit
 * in, one out, so positions in the normalised text are positions in the original.
 */
export function normalizeText(text: string): string {
  let out = ''
  for (let i = 0; i < text.length; i += 1) {
    let code = text.charCodeAt(i)
    if (code >= 0xff01 && code <= 0xff5e) code -= 0xfee0
    else if (code === 0x3000) code = 0x20
    if (code >= 65 && code <= 90) code += 32
    out += String.fromCharCode(code)
  }
  return out
}

const SEPARATORS = /[\s,，、;；。.!！?？:："“”'‘’()（）[\]【】《》<>|/\\·•~～+*=_-]+/
/** Bidi controls and other invisible format characters: never searched, never echoed. */
const INVISIBLE = /[\u0000-\u001f\u007f\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g

/** A query as the app keeps it: invisible and direction-changing characters removed, trimmed, at most 64 units. */
export function cleanQuery(query: unknown): string {
  if (typeof query !== 'string') return ''
  let q = query
    .slice(0, MAX_QUERY * 4)
    .replace(INVISIBLE, '')
    .trim()
    .slice(0, MAX_QUERY)
  // Never cut a character in half.
  if (/[\ud800-\udbff]$/.test(q)) q = q.slice(0, -1)
  return q.trim()
}

/** Text from a query set apart, so its direction cannot reorder the words around it (“…” 有关的内容). */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`
}

/** The words of a query: normalised, split at spaces and punctuation, capped in length and number. */
export function queryTerms(query: string): string[] {
  const terms = normalizeText(String(query).slice(0, MAX_QUERY))
    .split(SEPARATORS)
    .filter((t) => t.length > 0)
  return Array.from(new Set(terms)).slice(0, MAX_TERMS)
}

export function wantsElderMode(query: string): boolean {
  const q = normalizeText(String(query))
  return ELDER_MODE_WORDS.some((w) => q.includes(w))
}

interface IndexEntry {
  domain: Domain
  id: string
  title: string
  titleNorm: string
  /** The part of the title that names the thing: without 双阳, a year, or a trailing （…） label. */
  coreStart: number
  coreEnd: number
  /** What a policy is also called (低保 ↔ 最低生活保障). */
  namesNorm: string[]
  /** Categories and tags. */
  tagsNorm: string[]
  /** Everything else searchable, one field per line (no field holds a newline). */
  body: string
  bodyNorm: string
  subtitle: string
  order: number
  /** Letters the title and names can be typed with, to skip most entries before pinyin matching. */
  titleMask: LetterMask
  nameMasks: LetterMask[]
  titlePinyin: PinyinOptions
  /** Which characters occur anywhere in the record, hashed into FILTER_BITS bits. */
  chars: Uint32Array
}

export interface SearchIndex {
  entries: IndexEntry[]
  /** Reading → entries whose title or names hold a character read that way; built on the first 你是不是要找…. */
  sounds?: Map<string, number[]>
}

const isHan = (ch: string | undefined) => ch !== undefined && ch >= '\u3400' && ch <= '\u9fff'

/** The naming part of a title: 双阳梅花鹿节 → 梅花鹿节, 2026 双阳冬季冰钓大赛 → 冬季冰钓大赛, 护林员（公益岗位） → 护林员. */
function titleCore(titleNorm: string): [number, number] {
  let start = 0
  const year = /^\d{4}\s*/.exec(titleNorm)
  if (year) start = year[0].length
  if (titleNorm.startsWith('双阳区', start)) start += 3
  else if (titleNorm.startsWith('双阳', start) && titleNorm.length - start > 3) start += 2
  let end = titleNorm.length
  const label = /[（(][^（）()]*[）)]$/.exec(titleNorm)
  if (label && label.index > start) end = label.index
  const colon = titleNorm.indexOf('：', start)
  if (colon > start) end = Math.min(end, colon)
  return [start, end]
}

function wordStarts(textNorm: string, extra: number): Uint8Array {
  const starts = new Uint8Array(textNorm.length)
  for (let i = 0; i < textNorm.length; i += 1) {
    if (i === 0 || i === extra || !isHan(textNorm.charAt(i - 1)) || textNorm.charAt(i - 1) === '双') starts[i] = 1
  }
  return starts
}

const FILTER_WORDS = 32

/** A 1024-bit set of the characters in a text (hashed): says for sure when a character is absent. */
function charFilter(text: string): Uint32Array {
  const bits = new Uint32Array(FILTER_WORDS)
  for (let i = 0; i < text.length; i += 1) {
    const h = Math.imul(text.charCodeAt(i), 0x9e3779b1) >>> 22
    bits[h >>> 5]! |= 1 << (h & 31)
  }
  return bits
}

function hasChars(entry: Uint32Array, chars: Uint32Array): boolean {
  for (let w = 0; w < FILTER_WORDS; w += 1) {
    const need = chars[w]!
    if (need !== 0 && (entry[w]! & need) >>> 0 !== need) return false
  }
  return true
}

function line(values: ReadonlyArray<string | undefined>): string {
  return values
    .filter((v): v is string => typeof v === 'string' && v.length > 0)
    .map((v) => v.replace(/\s*\n\s*/g, ' '))
    .join('\n')
}

/**
 * What search reads of one record: its title, the names and tags it is also
 * known by, its text as one string, and the line shown under it. Made from a
 * whole pack (searchDocs); the app ships the embedded content's documents
 * ready-made (src/content/digest/), so the search page needs no whole records.
 */
export interface SearchDoc {
  domain: Domain
  id: string
  title: string
  names?: string[]
  tags?: string[]
  body: string
  subtitle: string
}

function indexEntries(docs: readonly SearchDoc[]): IndexEntry[] {
  const entries: IndexEntry[] = []
  for (const { domain, id, title, names = [], tags = [], body, subtitle } of docs) {
    const titleNorm = normalizeText(title)
    const [coreStart, coreEnd] = titleCore(titleNorm)
    const namesNorm = names.map(normalizeText)
    const titlePinyin = { starts: wordStarts(titleNorm, coreStart) }
    const tagsNorm = tags.map(normalizeText)
    const bodyNorm = normalizeText(body)
    entries.push({
      domain,
      id,
      title,
      titleNorm,
      coreStart,
      coreEnd,
      titlePinyin,
      namesNorm,
      tagsNorm,
      titleMask: letterMask(titleNorm, titlePinyin.starts),
      nameMasks: namesNorm.map((n) => letterMask(n, NAME_FIRST)),
      body,
      bodyNorm,
      chars: charFilter(`${titleNorm}${namesNorm.join('')}${tagsNorm.join('')}${bodyNorm}`),
      subtitle,
      order: entries.length,
    })
  }
  return entries
}

/** The search documents of a whole pack, in the app's domain order. */
export function searchDocs(pack: ContentPack): SearchDoc[] {
  const docs: SearchDoc[] = []
  const push = (
    domain: Domain,
    id: string,
    title: string,
    names: readonly string[],
    tags: readonly string[],
    body: string,
    subtitle: string,
  ) => {
    const doc: SearchDoc = { domain, id, title, body, subtitle }
    if (names.length > 0) doc.names = [...names]
    if (tags.length > 0) doc.tags = [...tags]
    docs.push(doc)
  }
  for (const p of pack.livelihood ?? []) {
    if (p.kind === 'reported') {
      push(
        'livelihood',
        p.id,
        p.title,
        [],
        [p.category],
        line([p.source.kind === 'cited' ? p.source.quote : '']),
        `${p.category} · ${stageLabel(p)}（总结原文）`,
      )
      continue
    }
    push(
      'livelihood',
      p.id,
      p.title,
      [],
      [p.category],
      line([p.summary, p.why, p.responsibleUnit, ...p.milestones.map((m) => m.title)]),
      `${DEMO_PLAN_TITLE} · ${p.category} · ${statusLabel(p.status)} · 进度 ${p.progress}%`,
    )
  }
  for (const j of pack.jobs ?? []) {
    push(
      'jobs',
      j.id,
      j.title,
      [],
      [],
      line([j.employer, townName(pack, j.townId), j.address, j.hours, ...j.duties, ...j.requirements, j.contact.name]),
      `${j.employer} · ${payLabel(j)}`,
    )
  }
  for (const e of pack.events ?? []) {
    push(
      'events',
      e.id,
      e.title,
      [],
      [e.category],
      line([
        e.summary,
        e.venue,
        e.address,
        townName(pack, e.townId),
        e.price,
        ...e.highlights,
        ...e.schedule.map((s) => s.what),
      ]),
      `${e.category} · ${e.venue}`,
    )
  }
  for (const a of pack.attractions ?? []) {
    push(
      'attractions',
      a.id,
      a.name,
      [],
      a.tags,
      line([a.summary, ...a.description, a.address, townName(pack, a.townId), a.price, a.bestSeason, a.hoursNote]),
      Array.from(new Set([a.free ? '免费' : a.price, ...a.tags.slice(0, 3)])).join(' · '),
    )
  }
  for (const p of pack.policies ?? []) {
    push(
      'policies',
      p.id,
      p.title,
      p.keywords ?? [],
      [p.category],
      line([
        p.summary,
        ...p.whoQualifies,
        ...p.whatToBring,
        ...p.whereToGo,
        ...p.whomToCall.map((c) => c.name),
        ...(p.sections ?? []).flatMap((s) => [s.heading, ...(s.paragraphs ?? []), ...(s.items ?? [])]),
      ]),
      p.category,
    )
  }
  return docs
}

/** What is searched: a whole pack, or its search documents. */
export type SearchSource = ContentPack | readonly SearchDoc[]

const indexes = new WeakMap<object, SearchIndex>()

/**
 * The index of a pack or of its documents, built on first use and kept while
 * they are in use (a new pack gets a new index).
 */
export function searchIndex(source: SearchSource): SearchIndex {
  let index = indexes.get(source)
  if (!index) {
    index = { entries: indexEntries(isDocs(source) ? source : searchDocs(source)) }
    indexes.set(source, index)
  }
  return index
}

function isDocs(source: SearchSource): source is readonly SearchDoc[] {
  return Array.isArray(source)
}

interface Variant {
  text: string
  synonym: boolean
  pinyinable: boolean
  /** Whole pinyin syllables, so it may also match in the middle of a title. */
  syllables: boolean
  /** Its characters in the entries' character filter. */
  chars: Uint32Array
}

/** The term, then the same term with each synonym swapped in. */
function variants(term: string): Variant[] {
  const texts = [term]
  for (const group of RELATED_WORDS) {
    if (group.includes(term)) texts.push(...group.filter((w) => w !== term))
  }
  for (const group of SYNONYM_GROUPS) {
    for (const word of group) {
      if (!term.includes(word)) continue
      for (const other of group) {
        const text = term.split(word).join(other)
        if (!texts.includes(text)) texts.push(text)
      }
    }
  }
  // Pinyin from two letters on: a single letter would match half of everything.
  return texts.map((text, i) => {
    const latin = hasLatin(text)
    return {
      text,
      synonym: i > 0,
      pinyinable: latin && text.replace(/[^a-z]/g, '').length >= 2,
      syllables: latin && text.length >= 4 && isSyllables(text),
      chars: charFilter(text),
    }
  })
}

interface TermMatch {
  score: number
  /** Whether the record is about the word (title or names), not only mentions it. */
  about: boolean
  titleRange?: TextRange
  bodyAt?: TextRange
}

function coverage(entry: IndexEntry, length: number): number {
  const core = Math.max(1, entry.coreEnd - entry.coreStart)
  return Math.round((SCORE.coverage * Math.min(length, core)) / core)
}

const NAME_START: PinyinOptions = { atStart: true }
const NAME_FIRST = Uint8Array.of(1)
const FULL_SYLLABLES: PinyinOptions = { fullOnly: true }

function titleMatch(entry: IndexEntry, { text, pinyinable, syllables }: Variant): TermMatch | undefined {
  const { titleNorm, coreStart, coreEnd } = entry
  const at = titleNorm.indexOf(text)
  if (at >= 0) {
    const range: TextRange = [at, at + text.length]
    if (titleNorm === text || (at === coreStart && coreEnd - coreStart === text.length))
      return { score: SCORE.titleExact, about: true, titleRange: range }
    // A single character at the start of a title says little more than one in the middle.
    const prefixAt = text.length > 1 && at !== coreStart ? titleNorm.indexOf(text, coreStart) : at
    if (text.length > 1 && prefixAt === coreStart)
      return {
        score: SCORE.titlePrefix + coverage(entry, text.length),
        about: true,
        titleRange: [prefixAt, prefixAt + text.length],
      }
    return { score: SCORE.titleSubstring + coverage(entry, text.length), about: true, titleRange: range }
  }
  if (!pinyinable || !mayMatchPinyin(entry.titleMask, text)) return undefined
  // Initials only where a word begins (dibao must not find 土地保护); whole syllables anywhere.
  const pm =
    (mayMatchPinyin(entry.titleMask, text, true) ? matchPinyin(titleNorm, text, entry.titlePinyin) : undefined) ??
    (syllables ? matchPinyin(titleNorm, text, FULL_SYLLABLES) : undefined)
  if (!pm) return undefined
  return {
    score: SCORE.titlePinyin + coverage(entry, pm.end - pm.start),
    about: true,
    titleRange: [pm.start, pm.end],
  }
}

function nameMatch(entry: IndexEntry, text: string, pinyinable: boolean): number {
  let best = 0
  for (let i = 0; i < entry.namesNorm.length; i += 1) {
    const name = entry.namesNorm[i]!
    let score = 0
    if (name === text) score = SCORE.nameExact
    else if (name.includes(text)) score = SCORE.namePart
    else if (pinyinable && mayMatchPinyin(entry.nameMasks[i]!, text, true) && matchPinyin(name, text, NAME_START))
      score = SCORE.namePinyin
    if (score > best) best = score
  }
  return best
}

function matchTerm(entry: IndexEntry, term: readonly Variant[]): TermMatch | undefined {
  let best: TermMatch | undefined
  for (const variant of term) {
    const { text, synonym, pinyinable, chars } = variant
    // Most records lack one of the characters: skip them without reading their text (pinyin aside).
    const literal = hasChars(entry.chars, chars)
    if (!literal && !pinyinable) continue
    const penalty = synonym ? SCORE.synonymPenalty : 0
    let m = titleMatch(entry, variant)
    const inName = entry.namesNorm.length > 0 ? nameMatch(entry, text, pinyinable) : 0
    if (m && inName > 0) m.score = Math.max(m.score, inName) + SCORE.titleAndName
    else if (inName > 0) m = { score: inName, about: true }
    if (!m && (best?.score ?? 0) < SCORE.tagExact && entry.tagsNorm.length > 0) {
      if (entry.tagsNorm.includes(text)) m = { score: SCORE.tagExact, about: true }
      else if (entry.tagsNorm.some((t) => t.includes(text))) m = { score: SCORE.tagPart, about: false }
    }
    if (!m && !best && literal) {
      const bodyAt = entry.bodyNorm.indexOf(text)
      if (bodyAt >= 0) m = { score: SCORE.body, about: false, bodyAt: [bodyAt, bodyAt + text.length] }
    }
    if (m && m.score - penalty > (best?.score ?? -1)) {
      m.score -= penalty
      best = m
    }
  }
  return best
}

/** Every occurrence of the words in a piece of normalised text, merged. */
function rangesIn(textNorm: string, words: readonly string[]): TextRange[] {
  const found: Array<[number, number]> = []
  for (const word of words) {
    let from = 0
    while (from <= textNorm.length) {
      const at = textNorm.indexOf(word, from)
      if (at < 0) break
      found.push([at, at + word.length])
      from = at + word.length
    }
  }
  return mergeRanges(found)
}

export function mergeRanges(ranges: ReadonlyArray<TextRange>): TextRange[] {
  const sorted = [...ranges].filter(([a, b]) => b > a).sort((x, y) => x[0] - y[0] || x[1] - y[1])
  const out: Array<[number, number]> = []
  for (const [a, b] of sorted) {
    const last = out[out.length - 1]
    if (last && a <= last[1]) last[1] = Math.max(last[1], b)
    else out.push([a, b])
  }
  return out
}

function snippetAround(
  entry: IndexEntry,
  at: TextRange,
  words: readonly string[],
): { snippet: string; ranges: TextRange[] } {
  const lineStart = entry.body.lastIndexOf('\n', at[0] - 1) + 1
  const lineEndRaw = entry.body.indexOf('\n', at[1])
  const lineEnd = lineEndRaw < 0 ? entry.body.length : lineEndRaw
  const start = Math.max(lineStart, at[0] - SNIPPET_BEFORE)
  const end = Math.min(lineEnd, Math.max(at[1], start + SNIPPET_LENGTH))
  const lead = start > lineStart ? '…' : ''
  const tail = end < lineEnd ? '…' : ''
  const snippet = lead + entry.body.slice(start, end) + tail
  const shift = lead.length - start
  const local = entry.bodyNorm.slice(start, end)
  const ranges = rangesIn(local, words).map(([a, b]) => [a + start + shift, b + start + shift] as const)
  return { snippet, ranges: ranges.length > 0 ? ranges : [[at[0] + shift, at[1] + shift]] }
}

/** How often the words occur in the record's text, a small tie-breaker for records about the same thing. */
function mentions(entry: IndexEntry, words: readonly string[]): number {
  let n = 0
  for (const word of words) {
    if (word.length === 0) continue
    let from = entry.bodyNorm.indexOf(word)
    while (from >= 0 && n < 6) {
      n += 1
      from = entry.bodyNorm.indexOf(word, from + word.length)
    }
  }
  return n
}

function byRank(a: SearchHit & { order: number }, b: SearchHit & { order: number }): number {
  return (
    b.score - a.score ||
    TIE_ORDER.indexOf(a.domain) - TIE_ORDER.indexOf(b.domain) ||
    a.title.length - b.title.length ||
    a.order - b.order
  )
}

/** When two records match equally well: the place before the project that built it (雕塑公园). */
const TIE_ORDER: readonly Domain[] = ['attractions', 'events', 'policies', 'jobs', 'livelihood']

function groupHits(hits: readonly SearchHit[]): SearchGroup[] {
  const groups: SearchGroup[] = []
  for (const hit of hits) {
    let group = groups.find((g) => g.domain === hit.domain)
    if (!group) {
      group = { domain: hit.domain, label: DOMAIN_LABELS[hit.domain], count: 0, hits: [] }
      groups.push(group)
    }
    group.count += 1
    group.hits.push(hit)
  }
  // Groups come in the order of their best hit, since hits arrive best first.
  return groups
}

/**
 * Searches every domain at once. Every word of the query must match the
 * record somewhere (title, names, tags or text). A record scores by how its
 * words match: the whole title first, then the title's start, anywhere in it,
 * by pinyin (initials only where a word begins), then a policy's other names,
 * tags, and last its text. Ties go to the record that mentions the words more,
 * then to the place or service before the report about it. Groups come in the
 * order of their best hit. When nothing is about the query, homophones and near
 * misses are offered as `suggestions` (梅花路节 → 双阳梅花鹿节).
 * Never throws on odd input; an empty query finds nothing.
 */
export function search(pack: SearchSource, query: string): SearchResult {
  const q = cleanQuery(query)
  const terms = queryTerms(q)
  const elderIntent = wantsElderMode(q)
  if (terms.length === 0) return { query: q, terms, groups: [], hits: [], total: 0, suggestions: [], elderIntent }

  const compiled = terms.map(variants)
  const words = compiled.flatMap((variantsOfTerm) => variantsOfTerm.map((v) => v.text))
  const found: Array<SearchHit & { order: number }> = []
  const entries = searchIndex(pack).entries
  let anyAbout = false
  for (const entry of entries) {
    let score = 0
    let about = true
    const titleRanges: TextRange[] = []
    let bodyAt: TextRange | undefined
    let matchedAll = true
    for (const term of compiled) {
      const m = matchTerm(entry, term)
      if (!m) {
        matchedAll = false
        break
      }
      score += m.score
      about &&= m.about
      if (m.titleRange) titleRanges.push(m.titleRange)
      if (m.bodyAt && !bodyAt) bodyAt = m.bodyAt
    }
    if (!matchedAll) continue
    anyAbout ||= about
    const hit: SearchHit & { order: number } = {
      domain: entry.domain,
      id: entry.id,
      title: entry.title,
      titleRanges: mergeRanges([...titleRanges, ...rangesIn(entry.titleNorm, words)]),
      snippetRanges: [],
      subtitle: entry.subtitle,
      score: score / terms.length + DOMAIN_PRIOR[entry.domain] + mentions(entry, terms) / 4,
      order: entry.order,
    }
    if (bodyAt) {
      const { snippet, ranges } = snippetAround(entry, bodyAt, words)
      hit.snippet = snippet
      hit.snippetRanges = ranges
    }
    found.push(hit)
  }

  const hits: SearchHit[] = found.sort(byRank).map(({ order: _order, ...hit }) => hit)
  const suggestions = hits.length === 0 || (!anyAbout && terms.length === 1) ? suggest(searchIndex(pack), terms) : []
  return { query: q, terms, groups: groupHits(hits), hits, total: hits.length, suggestions, elderIntent }
}

/**
 * 你是不是要找…: records whose title or name sounds like the query (路 for 鹿,
 * both lu) or differs from it in one character of three or more. Chinese
 * words only; every word must fit the same record.
 */
function soundIndex(index: SearchIndex): Map<string, number[]> {
  if (index.sounds) return index.sounds
  const sounds = new Map<string, number[]>()
  index.entries.forEach((entry, i) => {
    for (const text of [entry.titleNorm, ...entry.namesNorm]) {
      for (const ch of text) {
        for (const reading of readingsOf(ch) ?? []) {
          const list = sounds.get(reading)
          if (!list) sounds.set(reading, [i])
          else if (list[list.length - 1] !== i) list.push(i)
        }
      }
    }
  })
  index.sounds = sounds
  return sounds
}

/** Entries that may sound like the term: with one wrong character at most, its first or second character fits. */
function soundCandidates(sounds: Map<string, number[]>, term: string): Set<number> {
  const out = new Set<number>()
  for (const ch of term.slice(0, 2)) {
    for (const reading of readingsOf(ch) ?? []) for (const i of sounds.get(reading) ?? []) out.add(i)
  }
  return out
}

function suggest(index: SearchIndex, terms: readonly string[]): SearchHit[] {
  const han = terms.filter((t) => t.length >= 2 && Array.from(t).every(isHan))
  if (han.length === 0 || han.length !== terms.length) return []
  const sounds = soundIndex(index)
  let candidates: number[] | undefined
  const soundTerms: SoundTerm[] = han.map((text) => ({
    text,
    readings: Array.from(text, (ch) => readingsOf(ch)),
    chars: Array.from(text, charFilter),
  }))
  for (const term of han) {
    const set = soundCandidates(sounds, term)
    candidates = candidates ? candidates.filter((i) => set.has(i)) : [...set].sort((a, b) => a - b)
  }
  const found: Array<SearchHit & { order: number }> = []
  for (const i of candidates ?? []) {
    const entry = index.entries[i]!
    // Some character must be typed right.
    if (!soundTerms.every((t) => t.chars.some((c) => hasChars(entry.chars, c)))) continue
    let score = 0
    const ranges: TextRange[] = []
    for (const term of soundTerms) {
      const m = soundsLike(entry, term)
      if (!m) {
        score = -1
        break
      }
      score += m.score
      if (m.titleRange) ranges.push(m.titleRange)
    }
    if (score < 0) continue
    found.push({
      domain: entry.domain,
      id: entry.id,
      title: entry.title,
      titleRanges: mergeRanges(ranges),
      snippetRanges: [],
      subtitle: entry.subtitle,
      score: score / han.length + DOMAIN_PRIOR[entry.domain],
      order: entry.order,
    })
  }
  return found
    .sort(byRank)
    .slice(0, MAX_SUGGESTIONS)
    .map(({ order: _order, ...hit }) => hit)
}

interface SoundTerm {
  text: string
  readings: ReadonlyArray<readonly string[] | undefined>
  /** Each character's filter bits, to skip records that share no character with the term. */
  chars: Uint32Array[]
}

function soundsLike(entry: IndexEntry, term: SoundTerm): TermMatch | undefined {
  const at = closeWindow(entry.titleNorm, term)
  if (at) {
    const score = (at.misses > 0 ? SCORE.nearMiss : SCORE.homophone) + coverage(entry, term.text.length)
    // Mark only what sounds like the query, not a near miss.
    return at.misses > 0
      ? { score, about: true }
      : { score, about: true, titleRange: [at.index, at.index + term.text.length] }
  }
  for (const name of entry.namesNorm) {
    const m = closeWindow(name, term)
    if (m) return { score: m.misses > 0 ? SCORE.nearMiss : SCORE.homophone, about: true }
  }
  return undefined
}

function sameSound(ch: string, readings: readonly string[] | undefined): boolean {
  if (!readings) return false
  const own = readingsOf(ch)
  if (!own) return false
  for (const r of own) if (readings.includes(r)) return true
  return false
}

/** A place in `text` where the term fits with every character the same or a homophone, or (3+ characters) one wrong. */
function closeWindow(text: string, term: SoundTerm): { index: number; misses: number } | undefined {
  const n = term.text.length
  let best: { index: number; misses: number } | undefined
  for (let i = 0; i + n <= text.length; i += 1) {
    let misses = 0
    let same = 0
    for (let k = 0; k < n && misses < 2; k += 1) {
      const a = text.charAt(i + k)
      if (a === term.text.charAt(k)) same += 1
      else if (!sameSound(a, term.readings[k])) misses += 1
    }
    if (same === 0 || same === n || misses > (n >= 3 ? 1 : 0)) continue
    if (!best || misses < best.misses) best = { index: i, misses }
    if (misses === 0) break
  }
  return best
}

export interface TextPart {
  text: string
  hit: boolean
}

/** Splits text into plain and highlighted parts; out-of-range or overlapping ranges are clamped and merged. */
export function highlightParts(text: string, ranges: ReadonlyArray<TextRange>): TextPart[] {
  const parts: TextPart[] = []
  let pos = 0
  for (const [a0, b0] of mergeRanges(ranges)) {
    const a = Math.max(pos, Math.min(a0, text.length))
    const b = Math.min(b0, text.length)
    if (b <= a) continue
    if (a > pos) parts.push({ text: text.slice(pos, a), hit: false })
    parts.push({ text: text.slice(a, b), hit: true })
    pos = b
  }
  if (pos < text.length) parts.push({ text: text.slice(pos), hit: false })
  return parts
}

const MAX_RECENT = 10
const MAX_RECENT_LENGTH = MAX_QUERY

/** Recent searches as stored: trimmed, non-empty, unique, the ten latest. */
export const recentSearchesShape: StoredShape<string[]> = storedTextList({
  max: MAX_RECENT,
  maxLength: MAX_RECENT_LENGTH,
})

/** Puts a query first (once), keeps the ten latest. */
export function addRecentSearch(items: readonly string[], query: string): string[] {
  const q = String(query ?? '')
    .trim()
    .slice(0, MAX_RECENT_LENGTH)
  if (q === '') return [...items]
  return [q, ...items.filter((i) => i !== q)].slice(0, MAX_RECENT)
}

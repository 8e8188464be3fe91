import { DOMAINS, type ContentPack, type Domain } from '@/content/schema'
import { payLabel } from './jobs'
import { statusLabel } from './livelihood'
import { hasLatin, letterMask, matchPinyin, mayMatchPinyin, type LetterMask } from './pinyin'
import { DOMAIN_LABELS, townName } from './records'

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
  /** The query as searched: trimmed, capped. */
  query: string
  terms: string[]
  groups: SearchGroup[]
  total: number
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

const MAX_QUERY = 64
const MAX_TERMS = 8
const SNIPPET_BEFORE = 10
const SNIPPET_LENGTH = 48

const SCORE = {
  titleExact: 100,
  titlePrefix: 85,
  titleSubstring: 70,
  titlePinyin: 60,
  keyword: 50,
  keywordPinyin: 45,
  body: 20,
  /** Matching through a synonym rather than the words typed. */
  synonymPenalty: 5,
} as const

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
  keywordsNorm: string[]
  /** Everything else searchable, one field per line (no field holds a newline). */
  body: string
  bodyNorm: string
  subtitle: string
  order: number
  /** Letters the title and keywords can be typed with, to skip most entries before pinyin matching. */
  titleMask: LetterMask
  keywordMasks: LetterMask[]
}

export interface SearchIndex {
  entries: IndexEntry[]
}

function line(values: ReadonlyArray<string | undefined>): string {
  return values
    .filter((v): v is string => typeof v === 'string' && v.length > 0)
    .map((v) => v.replace(/\s*\n\s*/g, ' '))
    .join('\n')
}

function entriesFor(pack: ContentPack): IndexEntry[] {
  const entries: IndexEntry[] = []
  const push = (
    domain: Domain,
    id: string,
    title: string,
    keywords: readonly string[],
    body: string,
    subtitle: string,
  ) => {
    const titleNorm = normalizeText(title)
    const keywordsNorm = keywords.map(normalizeText)
    entries.push({
      domain,
      id,
      title,
      titleNorm,
      keywordsNorm,
      titleMask: letterMask(titleNorm),
      keywordMasks: keywordsNorm.map(letterMask),
      body,
      bodyNorm: normalizeText(body),
      subtitle,
      order: entries.length,
    })
  }
  for (const p of pack.livelihood ?? []) {
    push(
      'livelihood',
      p.id,
      p.title,
      [p.category],
      line([
        p.summary,
        p.why,
        townName(pack, p.townId),
        p.address,
        p.responsibleUnit,
        ...p.milestones.map((m) => m.title),
      ]),
      `${p.category} · ${statusLabel(p.status)} · 进度 ${p.progress}%`,
    )
  }
  for (const j of pack.jobs ?? []) {
    push(
      'jobs',
      j.id,
      j.title,
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
      a.tags,
      line([a.summary, ...a.description, a.address, townName(pack, a.townId), a.price, a.bestSeason, a.hoursNote]),
      [a.free ? '免费' : a.price, ...a.tags.slice(0, 3)].join(' · '),
    )
  }
  for (const p of pack.policies ?? []) {
    push(
      'policies',
      p.id,
      p.title,
      [...(p.keywords ?? []), p.category],
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
  return entries
}

const indexes = new WeakMap<ContentPack, SearchIndex>()

/** The index of a pack, built on first use and kept while the pack is in use (a new pack gets a new index). */
export function searchIndex(pack: ContentPack): SearchIndex {
  let index = indexes.get(pack)
  if (!index) {
    index = { entries: entriesFor(pack) }
    indexes.set(pack, index)
  }
  return index
}

interface Variant {
  text: string
  synonym: boolean
  pinyinable: boolean
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
  return texts.map((text, i) => ({
    text,
    synonym: i > 0,
    pinyinable: hasLatin(text) && text.replace(/[^a-z]/g, '').length >= 2,
  }))
}

interface TermMatch {
  score: number
  titleRange?: TextRange
  bodyAt?: TextRange
}

function matchTerm(entry: IndexEntry, term: readonly Variant[]): TermMatch | undefined {
  let best: TermMatch | undefined
  for (const { text, synonym, pinyinable } of term) {
    const penalty = synonym ? SCORE.synonymPenalty : 0
    let m: TermMatch | undefined
    const at = entry.titleNorm.indexOf(text)
    if (at >= 0) {
      const score = entry.titleNorm === text ? SCORE.titleExact : at === 0 ? SCORE.titlePrefix : SCORE.titleSubstring
      m = { score: score - penalty, titleRange: [at, at + text.length] }
    } else if (pinyinable && (best?.score ?? 0) < SCORE.titlePinyin) {
      const pm = mayMatchPinyin(entry.titleMask, text) ? matchPinyin(entry.titleNorm, text) : undefined
      if (pm) m = { score: SCORE.titlePinyin - penalty, titleRange: [pm.start, pm.end] }
    }
    if (!m && (best?.score ?? 0) < SCORE.keyword) {
      if (entry.keywordsNorm.some((k) => k.includes(text))) m = { score: SCORE.keyword - penalty }
      else if (
        pinyinable &&
        entry.keywordsNorm.some((k, i) => mayMatchPinyin(entry.keywordMasks[i]!, text) && matchPinyin(k, text))
      )
        m = { score: SCORE.keywordPinyin - penalty }
    }
    if (!m && !best) {
      const bodyAt = entry.bodyNorm.indexOf(text)
      if (bodyAt >= 0) m = { score: SCORE.body - penalty, bodyAt: [bodyAt, bodyAt + text.length] }
    }
    if (m && (!best || m.score > best.score)) best = m
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

/**
 * Searches every domain at once. Every word of the query must match the
 * record somewhere (title, keywords or text); records score higher when
 * words match the title (exactly, at its start, anywhere, by pinyin), then
 * keywords, then text. Groups come in the order of their best hit.
 * Never throws on odd input; an empty query finds nothing.
 */
export function search(pack: ContentPack, query: string): SearchResult {
  const q = String(query ?? '')
    .trim()
    .slice(0, MAX_QUERY)
  const terms = queryTerms(q)
  const elderIntent = wantsElderMode(q)
  if (terms.length === 0) return { query: q, terms, groups: [], total: 0, elderIntent }

  const compiled = terms.map(variants)
  const words = compiled.flatMap((variantsOfTerm) => variantsOfTerm.map((v) => v.text))
  const found: Array<{ hit: SearchHit; order: number }> = []
  for (const entry of searchIndex(pack).entries) {
    let score = 0
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
      if (m.titleRange) titleRanges.push(m.titleRange)
      if (m.bodyAt && !bodyAt) bodyAt = m.bodyAt
    }
    if (!matchedAll) continue
    const hit: SearchHit = {
      domain: entry.domain,
      id: entry.id,
      title: entry.title,
      titleRanges: mergeRanges([...titleRanges, ...rangesIn(entry.titleNorm, words)]),
      snippetRanges: [],
      subtitle: entry.subtitle,
      score: Math.round(score / terms.length),
    }
    if (bodyAt) {
      const { snippet, ranges } = snippetAround(entry, bodyAt, words)
      hit.snippet = snippet
      hit.snippetRanges = ranges
    }
    found.push({ hit, order: entry.order })
  }

  const hits = found
    .sort((a, b) => b.hit.score - a.hit.score || a.hit.title.length - b.hit.title.length || a.order - b.order)
    .map((f) => f.hit)
  const groups: SearchGroup[] = DOMAINS.map((domain) => {
    const inDomain = hits.filter((h) => h.domain === domain)
    return { domain, label: DOMAIN_LABELS[domain], count: inDomain.length, hits: inDomain }
  })
    .filter((g) => g.count > 0)
    .sort(
      (a, b) =>
        (b.hits[0]?.score ?? 0) - (a.hits[0]?.score ?? 0) || DOMAINS.indexOf(a.domain) - DOMAINS.indexOf(b.domain),
    )
  return { query: q, terms, groups, total: hits.length, elderIntent }
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

/** Recent searches from storage: keeps the valid ones, says when something had to be dropped. */
export function parseRecentSearches(raw: unknown): { items: string[]; recovered: boolean } {
  if (raw === undefined || raw === null || raw === '') return { items: [], recovered: false }
  let value = raw
  if (typeof raw === 'string') {
    try {
      value = JSON.parse(raw)
    } catch {
      return { items: [], recovered: true }
    }
  }
  if (!Array.isArray(value)) return { items: [], recovered: true }
  const items: string[] = []
  for (const entry of value) {
    if (typeof entry !== 'string') continue
    const q = entry.trim()
    if (q === '' || q.length > MAX_RECENT_LENGTH || items.includes(q)) continue
    items.push(q)
  }
  return { items: items.slice(0, MAX_RECENT), recovered: items.length !== value.length }
}

/** Puts a query first (once), keeps the ten latest. */
export function addRecentSearch(items: readonly string[], query: string): string[] {
  const q = String(query ?? '')
    .trim()
    .slice(0, MAX_RECENT_LENGTH)
  if (q === '') return [...items]
  return [q, ...items.filter((i) => i !== q)].slice(0, MAX_RECENT)
}

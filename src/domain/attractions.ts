import type { Attraction, ContentPack, OpeningSeason } from '../content/schema'
import type { DateInput } from './date'
import { beijingClock, dayFacts } from './date-calendar'
import { townName } from './records'
import { searchDoc, searchText, type SearchDoc } from './search/document'

export type OpenLabel = '营业中' | '未开园' | '已闭园' | '全天开放' | '以现场公布为准'

export interface OpenState {
  open: boolean
  /**
   * 营业中; 未开园 (opens later today); 已闭园; 全天开放 (no hours: a street or open park);
   * 以现场公布为准 (hours not published).
   */
  label: OpenLabel
  /** While open: `今日 17:00 闭园`, `明日 01:00 闭园`. */
  closesAt?: string
  /** While closed: `今日 08:30 开园`, `明日 08:30 开园`, `4月1日 08:30 开园`. */
  opensAt?: string
}

/** What a page says where a real place has published no hours we could cite. */
export const HOURS_NOT_PUBLISHED = '以现场公布为准，可拨打 12345 咨询'

export interface AttractionFilter {
  tag?: string
  freeOnly?: boolean
}

const DAY_MINUTES = 1440
/** How far ahead to look for the next opening: a whole year covers every season. */
const LOOKAHEAD_DAYS = 367
const WEEKDAY_NAMES = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'] as const
/** Monday first, the way a week is read in China. */
const WEEK_ORDER = [1, 2, 3, 4, 5, 6, 0] as const

/** A session as minutes counted from 1970-01-01 00:00 Beijing wall clock. */
interface Session {
  start: number
  end: number
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : `${n}`
}

function clockMinutes(clock: string): number {
  const [h, m] = clock.split(':').map(Number) as [number, number]
  return h * 60 + m
}

function formatClock(minutes: number): string {
  const m = ((minutes % DAY_MINUTES) + DAY_MINUTES) % DAY_MINUTES
  return `${pad(Math.floor(m / 60))}:${pad(m % 60)}`
}

/** from..to inclusive; when from is later than to the season wraps the new year (11-01..03-31). */
function inSeason(season: Pick<OpeningSeason, 'from' | 'to'>, monthDay: string): boolean {
  return season.from <= season.to
    ? monthDay >= season.from && monthDay <= season.to
    : monthDay >= season.from || monthDay <= season.to
}

/**
 * Sessions that start on a day. Season and weekday are those of the day a
 * session starts, so a Saturday 19:00–01:00 show is still open at 00:30 on Sunday.
 */
function sessionsStarting(hours: readonly OpeningSeason[], day: number): Session[] {
  const { monthDay, weekday } = dayFacts(day)
  const sessions: Session[] = []
  for (const season of hours) {
    if (!inSeason(season, monthDay)) continue
    if (season.days && !(season.days as readonly number[]).includes(weekday)) continue
    const open = clockMinutes(season.open)
    let close = clockMinutes(season.close)
    // Closing at or before the opening time means closing after midnight.
    if (close <= open) close += DAY_MINUTES
    sessions.push({ start: day * DAY_MINUTES + open, end: day * DAY_MINUTES + close })
  }
  return sessions
}

function dayWord(day: number, today: number): string {
  if (day === today) return '今日'
  if (day === today + 1) return '明日'
  const { month, date } = dayFacts(day)
  return `${month}月${date}日`
}

function momentText(minutes: number, today: number, verb: '开园' | '闭园'): string {
  return `${dayWord(Math.floor(minutes / DAY_MINUTES), today)} ${formatClock(minutes)} ${verb}`
}

/** Whether the attraction is open at `now` (Beijing time), with the next closing or opening. */
export function isOpenAt(attraction: Pick<Attraction, 'hours'>, now: DateInput): OpenState {
  const hours = attraction.hours
  if (!hours) return { open: false, label: '以现场公布为准' }
  if (hours.length === 0) return { open: true, label: '全天开放' }
  const { day: today, minute } = beijingClock(now)
  const t = today * DAY_MINUTES + minute

  const current = [...sessionsStarting(hours, today - 1), ...sessionsStarting(hours, today)].filter(
    (s) => s.start <= t && t < s.end,
  )
  if (current.length > 0) {
    // Follow sessions that begin as (or before) the current one ends, so back-to-back seasons read as one.
    let end = Math.max(...current.map((s) => s.end))
    for (let day = today; day <= today + 7; day += 1) {
      for (const s of sessionsStarting(hours, day)) if (s.start <= end && s.end > end) end = s.end
    }
    return { open: true, label: '营业中', closesAt: momentText(end, today, '闭园') }
  }

  for (let day = today; day <= today + LOOKAHEAD_DAYS; day += 1) {
    const starts = sessionsStarting(hours, day)
      .map((s) => s.start)
      .filter((start) => start > t)
    if (starts.length > 0) {
      const next = Math.min(...starts)
      return { open: false, label: day === today ? '未开园' : '已闭园', opensAt: momentText(next, today, '开园') }
    }
  }
  return { open: false, label: '已闭园' }
}

function monthDayText(monthDay: string): string {
  const [m, d] = monthDay.split('-').map(Number) as [number, number]
  return `${m}月${d}日`
}

/** `每天`, `周一至周五`, `周六、周日`, `周五至周日`. */
function weekdaysText(days: OpeningSeason['days']): string {
  if (!days || new Set(days).size === 7) return '每天'
  const positions = WEEK_ORDER.map((d, i) => ((days as readonly number[]).includes(d) ? i : -1)).filter((i) => i >= 0)
  if (positions.length === 0) return '暂停开放'
  const runs: number[][] = []
  for (const p of positions) {
    const last = runs[runs.length - 1]
    if (last && last[last.length - 1] === p - 1) last.push(p)
    else runs.push([p])
  }
  return runs
    .flatMap((run) => {
      const names = run.map((p) => WEEKDAY_NAMES[WEEK_ORDER[p] as number])
      return run.length >= 3 ? [`${names[0]}至${names[names.length - 1]}`] : names
    })
    .join('、')
}

/**
 * One line per season, in the order of `attraction.hours` (so a page can show
 * each season's label beside it): `4月1日—10月31日 每天 08:30–17:00`,
 * `5月1日—9月30日 周五、周六 19:00–次日01:00`. No hours: `全天开放`; hours not published:
 * `以现场公布为准`.
 */
export function hoursSummary(attraction: Pick<Attraction, 'hours'>): string[] {
  if (!attraction.hours) return [HOURS_NOT_PUBLISHED]
  if (attraction.hours.length === 0) return ['全天开放']
  return attraction.hours.map((season) => {
    const wholeYear = season.from === '01-01' && season.to === '12-31'
    const dates = wholeYear ? '全年' : `${monthDayText(season.from)}—${monthDayText(season.to)}`
    const overnight = clockMinutes(season.close) <= clockMinutes(season.open)
    const time = `${season.open}–${overnight ? '次日' : ''}${season.close}`
    return `${dates} ${weekdaysText(season.days)} ${time}`
  })
}

/** Attractions with the tag and/or free entry, in content order (the editors' order). */
export function listAttractions<A extends Pick<Attraction, 'tags' | 'free'>>(
  attractions: readonly A[],
  filter: AttractionFilter = {},
): A[] {
  return attractions.filter((a) => (!filter.tag || a.tags.includes(filter.tag)) && (!filter.freeOnly || a.free))
}

/** Every tag with how many attractions carry it, most used first (ties keep first appearance). */
export function attractionTags(
  attractions: ReadonlyArray<Pick<Attraction, 'tags'>>,
): Array<{ tag: string; count: number }> {
  const counts = new Map<string, number>()
  for (const a of attractions) for (const tag of new Set(a.tags)) counts.set(tag, (counts.get(tag) ?? 0) + 1)
  return [...counts].map(([tag, count]) => ({ tag, count })).sort((a, b) => b.count - a.count)
}

/**
 * A place we give no position for: a real place whose quote does not say where it is (the checker keeps
 * invented coordinates off cited places), or a sample record about a real place. No map pin is offered —
 * it would look like the place's real position; the page points to 12345 instead.
 */
export function locationUnknown(attraction: Pick<Attraction, 'location'>): boolean {
  return attraction.location === undefined
}

export const LOCATION_UNKNOWN = '具体位置以现场公布为准，可拨打 12345 咨询'

/** What search reads of a place: its description, address, price and season; price and first tags under the name. */
export function attractionSearchDoc(a: Attraction, pack: Pick<ContentPack, 'towns'>): SearchDoc {
  return searchDoc({
    domain: 'attractions',
    id: a.id,
    title: a.name,
    tags: a.tags,
    body: searchText([
      a.summary,
      ...a.description,
      a.address,
      a.townId ? townName(pack, a.townId) : undefined,
      a.price,
      a.bestSeason,
      a.hoursNote,
    ]),
    sample: a.source.kind === 'sample',
    subtitle: Array.from(new Set([a.free ? '免费' : a.price, ...a.tags.slice(0, 3)])).join(' · '),
  })
}

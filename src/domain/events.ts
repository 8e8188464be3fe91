import type { ContentPack, DistrictEvent } from '../content/schema'
import {
  calendarDaysBetween,
  monthKey,
  monthOf,
  dayRange,
  daysTouched,
  monthRange,
  shiftYears,
  toMillis,
  wallClock,
  type DateInput,
  type Range,
} from './date'
import { townName } from './records'
import { searchDoc, searchText, type SearchDoc } from './search/document'

export type EventStatus = 'upcoming' | 'ongoing' | 'ended'
export type EventCategory = DistrictEvent['category']

/** What dating and listing an event reads: enough for home and search, which hold only a summary of each record. */
export type EventTiming = Pick<DistrictEvent, 'id' | 'title' | 'category' | 'start' | 'end' | 'recurrence'>

/** One concrete run of an event, in epoch milliseconds; both ends inclusive. */
export interface Occurrence {
  start: number
  end: number
}

export { spanLabel as occurrenceLabel } from './date'

export interface EventFilter {
  status?: EventStatus
  category?: EventCategory
  /** `YYYY-MM` (Beijing): events whose occurrence overlaps that month. */
  month?: string
  /** `YYYY-MM-DD` (Beijing): events whose occurrence overlaps that day (the calendar's tapped day). */
  day?: string
}

export interface MonthGroup<E extends EventTiming = DistrictEvent> {
  /** `2026-12` */
  month: string
  /** `2026年12月` */
  label: string
  events: E[]
}

export const STATUS_LABELS: Readonly<Record<EventStatus, string>> = {
  upcoming: '即将开始',
  ongoing: '进行中',
  ended: '已结束',
}

/**
 * The run of the event that matters at `now`. A one-off event has its stored
 * dates. An annual event repeats its stored month-day-times every year (a run
 * may wrap the new year): the run in progress at `now`, else the next one.
 */
export function occurrenceFor(event: Pick<DistrictEvent, 'recurrence' | 'start' | 'end'>, now: DateInput): Occurrence {
  const at = toMillis(now)
  const known = occurrences.get(event)
  if (known && (known.at === at || event.recurrence === 'once')) return known.occurrence
  const occurrence = runAt(event, at)
  occurrences.set(event, { at, occurrence })
  return occurrence
}

// Each record's run at the last moment asked: a list asks it of every event several times per render (the list,
// its months, its calendar, each card's status and countdown). Records are never changed in place (an update or
// an edit replaces the record), so the record itself is the key.
const occurrences = new WeakMap<object, { at: number; occurrence: Occurrence }>()

function runAt(event: Pick<DistrictEvent, 'recurrence' | 'start' | 'end'>, at: number): Occurrence {
  if (event.recurrence === 'once') return { start: toMillis(event.start), end: toMillis(event.end) }

  const start = wallClock(event.start)
  const end = wallClock(event.end)
  const thisYear = wallClock(at).year
  // A run lasts under a year, so the one in progress started this year or last
  // year, and the next one starts this year or next year.
  const runs: Occurrence[] = []
  for (let year = thisYear - 1; year <= thisYear + 1; year += 1) {
    const shift = year - start.year
    runs.push({ start: shiftYears(start, shift), end: shiftYears(end, shift) })
  }
  const ongoing = runs.find((run) => run.start <= at && at <= run.end)
  if (ongoing) return ongoing
  const next = runs.find((run) => run.start > at)
  // Unreachable for valid content (next year's run always starts after now); kept total for bad packs.
  return next ?? (runs[runs.length - 1] as Occurrence)
}

function statusOf(occurrence: Occurrence, at: number): EventStatus {
  if (at < occurrence.start) return 'upcoming'
  if (at <= occurrence.end) return 'ongoing'
  return 'ended'
}

/** upcoming / ongoing / ended; start and end are both part of the event. Annual events are never ended. */
export function eventStatus(event: Pick<DistrictEvent, 'recurrence' | 'start' | 'end'>, now: DateInput): EventStatus {
  return statusOf(occurrenceFor(event, now), toMillis(now))
}

/** 即将开始 / 进行中 / 已结束 */
export function eventStatusLabel(status: EventStatus): string {
  return STATUS_LABELS[status]
}

/**
 * The countdown under the status, counted in Beijing calendar days:
 * 还有12天 / 明天开始 / 今天开始 before it starts, 还剩3天 / 今天结束 while it
 * runs (days until the end day), null once it has ended.
 */
export function countdownLabel(
  event: Pick<DistrictEvent, 'recurrence' | 'start' | 'end'>,
  now: DateInput,
): string | null {
  const occurrence = occurrenceFor(event, now)
  const status = statusOf(occurrence, toMillis(now))
  if (status === 'upcoming') {
    const days = calendarDaysBetween(now, occurrence.start)
    if (days <= 0) return '今天开始'
    if (days === 1) return '明天开始'
    return `还有${days}天`
  }
  if (status === 'ongoing') {
    const days = calendarDaysBetween(now, occurrence.end)
    return days <= 0 ? '今天结束' : `还剩${days}天`
  }
  return null
}

function parseMonth(month: string): { year: number; month: number } | null {
  const match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(month)
  return match ? { year: Number(match[1]), month: Number(match[2]) } : null
}

function parseDay(day: string): { year: number; month: number; day: number } | null {
  const match = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.exec(day)
  return match ? { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) } : null
}

function overlaps(occurrence: Occurrence, [from, to]: Range): boolean {
  return occurrence.start < to && occurrence.end >= from
}

interface Placed<E extends EventTiming = EventTiming> {
  event: E
  occurrence: Occurrence
  status: EventStatus
}

function place<E extends EventTiming>(events: readonly E[], now: DateInput): Array<Placed<E>> {
  const at = toMillis(now)
  return events.map((event) => {
    const occurrence = occurrenceFor(event, at)
    return { event, occurrence, status: statusOf(occurrence, at) }
  })
}

const STATUS_ORDER: Record<EventStatus, number> = { ongoing: 0, upcoming: 1, ended: 2 }

function compareForList(a: Placed, b: Placed): number {
  if (a.status !== b.status) return STATUS_ORDER[a.status] - STATUS_ORDER[b.status]
  let diff = 0
  // Ongoing: ending soonest first (the ones you could still miss).
  if (a.status === 'ongoing') diff = a.occurrence.end - b.occurrence.end
  else if (a.status === 'upcoming') diff = a.occurrence.start - b.occurrence.start
  else diff = b.occurrence.end - a.occurrence.end
  return diff || compareIds(a.event.id, b.event.id)
}

/** Code-point order of ids: the same on every engine, and far quicker than localeCompare over a long list. */
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/**
 * Events for the list: filtered, then ongoing (ending soonest first),
 * upcoming by start, ended newest first. A malformed month/day filter matches nothing.
 */
export function listEvents<E extends EventTiming>(events: readonly E[], filter: EventFilter, now: DateInput): E[] {
  let range: Range | null = null
  if (filter.month !== undefined) {
    const m = parseMonth(filter.month)
    if (!m) return []
    range = monthRange(m.year, m.month)
  }
  let days: Range | null = null
  if (filter.day !== undefined) {
    const d = parseDay(filter.day)
    if (!d) return []
    days = dayRange(d.year, d.month, d.day)
  }
  return place(events, now)
    .filter((p) => filter.status === undefined || p.status === filter.status)
    .filter((p) => filter.category === undefined || p.event.category === filter.category)
    .filter((p) => range === null || overlaps(p.occurrence, range))
    .filter((p) => days === null || overlaps(p.occurrence, days))
    .sort(compareForList)
    .map((p) => p.event)
}

/**
 * Events grouped by the Beijing month their occurrence starts in; months in
 * calendar order, events in a month by start. Filter first with listEvents.
 */
export function groupByMonth<E extends EventTiming>(events: readonly E[], now: DateInput): Array<MonthGroup<E>> {
  const groups = new Map<string, Array<Placed<E>>>()
  for (const placed of place(events, now)) {
    const key = monthKey(monthOf(placed.occurrence.start))
    const group = groups.get(key)
    if (group) group.push(placed)
    else groups.set(key, [placed])
  }
  return [...groups.keys()].sort().map((month) => {
    const placed = (groups.get(month) ?? []).sort(
      (a, b) => a.occurrence.start - b.occurrence.start || compareIds(a.event.id, b.event.id),
    )
    const [year, mm] = month.split('-')
    return { month, label: `${year}年${Number(mm)}月`, events: placed.map((p) => p.event) }
  })
}

/**
 * Days (1–31, ascending) of a Beijing month (1–12) on which an event runs,
 * using each event's occurrence at `now` (annual events: the current or next
 * run, as shown in the list). A multi-day event marks every day it touches.
 */
export function calendarMarks(events: readonly EventTiming[], year: number, month: number, now: DateInput): number[] {
  const range = monthRange(year, month)
  const marked = new Set<number>()
  for (const { occurrence } of place(events, now)) {
    if (!overlaps(occurrence, range)) continue
    for (const day of daysTouched(occurrence.start, occurrence.end, range)) marked.add(day)
  }
  return [...marked].sort((a, b) => a - b)
}

/**
 * Days of the month on which an event starts (same occurrences as calendarMarks).
 * The calendar shows these strongly and the other days of long events lightly,
 * so a month full of one long festival does not look like a month full of events.
 */
export function calendarStarts(events: readonly EventTiming[], year: number, month: number, now: DateInput): number[] {
  const [from, to] = monthRange(year, month)
  const starts = new Set<number>()
  for (const { occurrence } of place(events, now)) {
    if (occurrence.start < from || occurrence.start >= to) continue
    for (const day of daysTouched(occurrence.start, occurrence.start, [from, to])) starts.add(day)
  }
  return [...starts].sort((a, b) => a - b)
}

/**
 * A real event (cited from the summary) whose dates are only an example: the summary names the festival but
 * not when it is held. Such dates are never shown as a schedule, counted down to or saved to a calendar.
 */
export function datesUnannounced(event: { source: { kind: string; sampleFields?: readonly string[] } }): boolean {
  return (
    event.source.kind === 'cited' &&
    (event.source.sampleFields ?? []).some((f) => f === 'start' || f === 'end' || f === 'recurrence')
  )
}

/** What to say instead of dates nobody has announced. */
export const DATES_UNANNOUNCED = '举办日期以当年公布为准，可拨打 12345 咨询'

/** What search reads of an event: its summary, venue, price, highlights and programme; category and venue under the title. */
export function eventSearchDoc(e: DistrictEvent, pack: Pick<ContentPack, 'towns'>): SearchDoc {
  return searchDoc({
    domain: 'events',
    id: e.id,
    title: e.title,
    tags: [e.category],
    body: searchText([
      e.summary,
      e.venue,
      e.address,
      e.townId ? townName(pack, e.townId) : undefined,
      e.price,
      ...e.highlights,
      ...e.schedule.map((s) => s.what),
    ]),
    subtitle: `${e.category} · ${e.venue}`,
    sample: e.source.kind === 'sample',
    // An annual event comes round again; a once-only one is over when it ends.
    closesAt: e.recurrence === 'once' ? e.end : undefined,
  })
}

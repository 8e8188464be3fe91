import type { ContentPack, DistrictEvent } from '../content/schema'
import type { DateInput } from './date'
import { monthKey, monthOf, dayRange, daysTouched, monthRange, type Range } from './date-calendar'
import {
  compareForList,
  compareIds,
  place,
  type EventStatus,
  type EventTiming,
  type Occurrence,
  type Placed,
} from './event-timing'
import { townName } from './records'
import { searchDoc, searchText, type SearchDoc } from './search/document'

export type EventCategory = DistrictEvent['category']

export {
  countdownLabel,
  DATES_UNANNOUNCED,
  datesUnannounced,
  eventStatus,
  eventStatusLabel,
  occurrenceFor,
  STATUS_LABELS,
  type EventStatus,
  type EventTiming,
  type Occurrence,
} from './event-timing'

export { spanLabel as occurrenceLabel } from './date-calendar'

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

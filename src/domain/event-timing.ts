import type { DistrictEvent } from '../content/schema'
import { calendarDaysBetween, shiftYears, toMillis, wallClock, type DateInput } from './date'

/*
 * When an event runs and where it stands at a moment: what home's 近期活动 needs of the events. Apart from
 * events.ts (filters by month and day, the calendar, search documents), so home's first load carries only this.
 */

export type EventStatus = 'upcoming' | 'ongoing' | 'ended'

/** What dating and listing an event reads: enough for home and search, which hold only a summary of each record. */
export type EventTiming = Pick<DistrictEvent, 'id' | 'title' | 'category' | 'start' | 'end' | 'recurrence'>

/** One concrete run of an event, in epoch milliseconds; both ends inclusive. */
export interface Occurrence {
  start: number
  end: number
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

export function statusOf(occurrence: Occurrence, at: number): EventStatus {
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

export interface Placed<E extends EventTiming = EventTiming> {
  event: E
  occurrence: Occurrence
  status: EventStatus
}

export function place<E extends EventTiming>(events: readonly E[], now: DateInput): Array<Placed<E>> {
  const at = toMillis(now)
  return events.map((event) => {
    const occurrence = occurrenceFor(event, at)
    return { event, occurrence, status: statusOf(occurrence, at) }
  })
}

const STATUS_ORDER: Record<EventStatus, number> = { ongoing: 0, upcoming: 1, ended: 2 }

export function compareForList(a: Placed, b: Placed): number {
  if (a.status !== b.status) return STATUS_ORDER[a.status] - STATUS_ORDER[b.status]
  let diff = 0
  // Ongoing: ending soonest first (the ones you could still miss).
  if (a.status === 'ongoing') diff = a.occurrence.end - b.occurrence.end
  else if (a.status === 'upcoming') diff = a.occurrence.start - b.occurrence.start
  else diff = b.occurrence.end - a.occurrence.end
  return diff || compareIds(a.event.id, b.event.id)
}

/** Code-point order of ids: the same on every engine, and far quicker than localeCompare over a long list. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** Events in the list's order (ongoing, upcoming, ended; see listEvents), unfiltered. */
export function eventsInListOrder<E extends EventTiming>(events: readonly E[], now: DateInput): E[] {
  return place(events, now)
    .sort(compareForList)
    .map((p) => p.event)
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

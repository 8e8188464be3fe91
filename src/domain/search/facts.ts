import { isOpenAt } from '../attractions'
import { formatDate, wallClock, type DateInput } from '../date'
import { datesUnannounced, eventStatus, occurrenceFor, eventStatusLabel } from '../events'
import { daysLeftLabel, isJobExpired } from '../jobs'
import type { SearchHit } from './hit'
import type { ContentSummary } from '../summary'

/** What helps choose between hits, on one line: an event's dates and status, a job's deadline, whether a place is open now (pay and a policy's category are in the subtitle). */
export interface HitFacts {
  text: string
  /** The event has ended or the job post has closed: shown, but marked. */
  over: boolean
}

const monthDay = (ms: number) => {
  const d = wallClock(ms)
  return `${d.month}月${d.day}日`
}

/** Facts for a hit at `now` (Beijing time); undefined when the record is gone or has none to add. */
export function hitFacts(
  pack: Pick<ContentSummary, 'events' | 'jobs' | 'attractions'>,
  hit: Pick<SearchHit, 'domain' | 'id'>,
  now: DateInput,
): HitFacts | undefined {
  switch (hit.domain) {
    case 'events': {
      const event = pack.events?.find((e) => e.id === hit.id)
      if (!event) return undefined
      if (datesUnannounced(event)) return { text: '日期待公布', over: false }
      const run = occurrenceFor(event, now)
      const status = eventStatus(event, now)
      const days =
        monthDay(run.start) === monthDay(run.end) ? monthDay(run.start) : `${monthDay(run.start)}—${monthDay(run.end)}`
      const year = wallClock(run.start).year
      return { text: `${year}年${days} · ${eventStatusLabel(status)}`, over: status === 'ended' }
    }
    case 'jobs': {
      const job = pack.jobs?.find((j) => j.id === hit.id)
      if (!job) return undefined
      // The label already says 截止 (还剩3天截止, 已截止): the date goes before it plain.
      return { text: `${formatDate(job.deadline)} · ${daysLeftLabel(job, now)}`, over: isJobExpired(job, now) }
    }
    case 'attractions': {
      const place = pack.attractions?.find((a) => a.id === hit.id)
      // No stated hours (a real place whose hours we do not know): nothing to claim.
      if (!place || !Array.isArray(place.hours)) return undefined
      const open = isOpenAt(place, now)
      const next = open.open ? open.closesAt : open.opensAt
      return { text: next ? `${open.label} · ${next}` : open.label, over: false }
    }
    default:
      return undefined
  }
}

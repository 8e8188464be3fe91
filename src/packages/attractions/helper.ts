import type { DistrictEvent } from '@/content/schema'
import type { OpenState } from '@/domain/attractions'
import type { DateInput } from '@/domain/date'
import { eventStatus, occurrenceFor } from '@/domain/events'
import type { StatusTone } from '@/components/status-tag'

/**
 * Events held at an attraction (their attractionId points at it), by date: the run on now or
 * coming next first, ended one-off events last.
 */
export function eventsAt<E extends Pick<DistrictEvent, 'attractionId' | 'recurrence' | 'start' | 'end'>>(
  events: readonly E[],
  attractionId: string,
  now: DateInput,
): E[] {
  const ended = (e: E) => (eventStatus(e, now) === 'ended' ? 1 : 0)
  return events
    .filter((e) => e.attractionId === attractionId)
    .map((e) => ({ e, start: occurrenceFor(e, now).start }))
    .sort((a, b) => ended(a.e) - ended(b.e) || a.start - b.start)
    .map(({ e }) => e)
}

export function openTone(state: OpenState): StatusTone {
  if (state.open) return 'ok'
  return state.label === '未开园' ? 'info' : 'muted'
}

/**
 * The card's status tag: a place that publishes no hours says what is unknown (开放时间以现场公布为准), so it is not
 * read as the same words beside the ticket price.
 */
export function openTag(state: OpenState): string {
  return state.label === '以现场公布为准' ? '开放时间以现场公布为准' : state.label
}

/** What the card says about tickets: 免费, the price, or 票价以现场公布为准 when it is not published. */
export function priceLine(attraction: { free: boolean; price: string }): string {
  if (attraction.free) return '免费'
  return attraction.price.startsWith('以现场公布为准') ? `票价${attraction.price}` : attraction.price
}

/** `营业中 · 今日 17:00 闭园` */
export function openLine(state: OpenState): string {
  if (state.label === '以现场公布为准') return '开放时间以现场公布为准'
  const next = state.closesAt ?? state.opensAt
  return next ? `${state.label} · ${next}` : state.label
}

import type { JobType, Town } from '@/content/schema'
import { JOB_SCHEDULES, JOB_TYPES } from '@/domain/jobs'
import {
  JOB_SORTS,
  PAY_BANDS,
  jobTypeLabel,
  scheduleLabel,
  type JobFilter,
  type JobSchedule,
  type JobSort,
  type PayBand,
} from '@/domain/jobs'
import { phoneText } from '@/domain/phones'

/** What the list's chips hold; one choice per row. */
export interface JobFilterState {
  townId?: string
  type?: JobType
  payBand?: PayBand
  schedule?: JobSchedule
  includeExpired: boolean
}

export type FilterKey = 'townId' | 'type' | 'payBand' | 'schedule'

export const EMPTY_FILTER: JobFilterState = { includeExpired: false }

export function toJobFilter(state: JobFilterState): JobFilter {
  return {
    townId: state.townId,
    type: state.type,
    payRange: state.payBand,
    schedule: state.schedule,
    includeExpired: state.includeExpired,
  }
}

/** The chosen filters in words, in chip order, so the empty state can offer to drop each one. */
export function activeFilters(state: JobFilterState, towns: readonly Town[]): Array<{ key: FilterKey; label: string }> {
  const out: Array<{ key: FilterKey; label: string }> = []
  if (state.townId) out.push({ key: 'townId', label: towns.find((t) => t.id === state.townId)?.name ?? '所选镇街' })
  if (state.type) out.push({ key: 'type', label: jobTypeLabel(state.type) })
  if (state.payBand)
    out.push({ key: 'payBand', label: PAY_BANDS.find((b) => b.id === state.payBand)?.label ?? '所选薪资' })
  if (state.schedule) out.push({ key: 'schedule', label: scheduleLabel(state.schedule) })
  return out
}

function pick<T extends string>(value: string, allowed: readonly T[]): T | undefined {
  return (allowed as readonly string[]).includes(value) ? (value as T) : undefined
}

/** The list's URL query (a share or deep link): `town`, `type`, `pay`, `schedule`, `expired=1`. */
export interface JobQuery {
  town: string
  type: string
  pay: string
  schedule: string
  expired: string
}

/** Filters from a link; values no chip offers are dropped, never a crash. */
export function jobFiltersFromQuery(query: JobQuery, towns: readonly Town[]): JobFilterState {
  return {
    townId: towns.some((t) => t.id === query.town) ? query.town : undefined,
    type: pick(query.type, JOB_TYPES),
    payBand: pick(
      query.pay,
      PAY_BANDS.map((b) => b.id),
    ),
    schedule: pick(query.schedule, JOB_SCHEDULES),
    includeExpired: query.expired === '1',
  }
}

/** The list's order from a link (`sort`); the newest first unless a known order is named. */
export function jobSortFromQuery(value: string): JobSort {
  return (
    pick(
      value,
      JOB_SORTS.map((s) => s.id),
    ) ?? 'newest'
  )
}

/** The filters as the link's query, in chip order, then the order when it is not the usual newest first. */
export function jobFilterQuery(
  state: JobFilterState,
  sort: JobSort = 'newest',
): Array<readonly [string, string | boolean | undefined]> {
  return [
    ['town', state.townId],
    ['type', state.type],
    ['pay', state.payBand],
    ['schedule', state.schedule],
    ['expired', state.includeExpired],
    ['sort', sort === 'newest' ? undefined : sort],
  ]
}

export function withoutFilter(state: JobFilterState, key: FilterKey): JobFilterState {
  return { ...state, [key]: undefined }
}

/** `张女士 13912345678`: what the detail page shows and copies; a fictional number reads 示例号码. */
export function contactLine(contact: { name: string; phone: string }): string {
  return `${contact.name} ${phoneText(contact.phone)}`
}

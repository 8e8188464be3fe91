import { JOB_SCHEDULES, JOB_TYPES, type ContentPack, type Job, type JobType } from '../content/schema'
import { calendarDaysBetween, type DateInput } from './date'
import { compareJobs, isJobExpired, newestFirst, payLabel, type JobCore } from './job-posts'
import { isDemoPhone } from './phones'
import { townName } from './records'
import { searchDoc, searchText, type SearchDoc } from './search/document'

export { JOB_SCHEDULES, JOB_TYPES }
export { isJobExpired, jobAgeLabel, payLabel, type JobCore } from './job-posts'

export type JobSchedule = Job['schedule']
export type PayUnit = Job['pay']['unit']

/** The pay bands offered as filter chips, in monthly-equivalent yuan. */
export const PAY_BANDS = [
  { id: 'lt3000', label: '3000元以下' },
  { id: '3000-5000', label: '3000–5000元' },
  { id: 'gt5000', label: '5000元以上' },
] as const
export type PayBand = (typeof PAY_BANDS)[number]['id']

/** A custom monthly-equivalent range; either end may be left open. */
export interface PayBounds {
  min?: number
  max?: number
}

export interface JobFilter {
  townId?: string
  type?: JobType
  payRange?: PayBand | PayBounds
  schedule?: JobSchedule
  /** Expired posts are hidden unless this is true. */
  includeExpired?: boolean
}

export interface JobFacets {
  /** Posts matching the whole filter. */
  total: number
  /** For each option: how many posts the list would show if that option were chosen, other filters kept. */
  towns: Record<string, number>
  types: Record<JobType, number>
  schedules: Record<JobSchedule, number>
  payRanges: Record<PayBand, number>
}

/**
 * Pay on different units is compared as a month's pay: a month counts as 22
 * working days of 8 hours, so 150元/天 ≈ 3300元/月 and 20元/小时 ≈ 3520元/月.
 */
export const WORKDAYS_PER_MONTH = 22
export const HOURS_PER_DAY = 8

const MONTHLY_FACTOR: Record<PayUnit, number> = {
  month: 1,
  day: WORKDAYS_PER_MONTH,
  hour: WORKDAYS_PER_MONTH * HOURS_PER_DAY,
}

const TYPE_LABELS: Record<JobType, string> = {
  enterprise: '企业岗位',
  'public-welfare': '公益岗位',
  'poverty-relief': '扶贫岗位',
}
const SCHEDULE_LABELS: Record<JobSchedule, string> = { 'full-time': '全职', 'part-time': '兼职' }

type MonthlyRange = { min: number; max: number }

/** A post sits in exactly one band, the one holding the middle of its monthly range: band counts add up. */
const BAND_TESTS: Record<PayBand, (middle: number) => boolean> = {
  lt3000: (middle) => middle < 3000,
  '3000-5000': (middle) => middle >= 3000 && middle <= 5000,
  gt5000: (middle) => middle > 5000,
}

/** Said wherever pay is compared: how day and hour pay became a month's, and why part-time posts come last. */
export const PAY_COMPARISON_NOTE =
  '按月薪比较：日薪按每月22天、时薪按每月176小时（每天8小时）折算；兼职按实际上班时间领钱，排在全职后面'

export function jobTypeLabel(type: JobType): string {
  return TYPE_LABELS[type]
}

export function scheduleLabel(schedule: JobSchedule): string {
  return SCHEDULE_LABELS[schedule]
}

/** The pay as a monthly-equivalent range (see WORKDAYS_PER_MONTH). */
export function monthlyPay(job: Pick<Job, 'pay'>): MonthlyRange {
  const factor = MONTHLY_FACTOR[job.pay.unit]
  return { min: job.pay.min * factor, max: job.pay.max * factor }
}

/**
 * A post matches a band when the middle of its monthly-equivalent range lies in it (2800–3500元/月 is
 * 3000–5000元), so each post is counted once; custom bounds match an overlapping range, inclusively.
 */
export function matchesPayRange(job: Pick<Job, 'pay'>, range: PayBand | PayBounds): boolean {
  const pay = monthlyPay(job)
  if (typeof range === 'string') return BAND_TESTS[range]((pay.min + pay.max) / 2)
  return pay.max >= (range.min ?? -Infinity) && pay.min <= (range.max ?? Infinity)
}

/** `还剩3天截止`, `明天截止`, `今天截止`, `已截止`. */
export function daysLeftLabel(job: Pick<Job, 'deadline'>, now: DateInput): string {
  const days = calendarDaysBetween(now, job.deadline)
  if (days < 0) return '已截止'
  if (days === 0) return '今天截止'
  if (days === 1) return '明天截止'
  return `还剩${days}天截止`
}

type Dimension = 'townId' | 'type' | 'payRange' | 'schedule'

function matches(job: JobCore, filter: JobFilter, expired: boolean, skip?: Dimension): boolean {
  if (!filter.includeExpired && expired) return false
  if (skip !== 'townId' && filter.townId !== undefined && job.townId !== filter.townId) return false
  if (skip !== 'type' && filter.type !== undefined && job.type !== filter.type) return false
  if (skip !== 'schedule' && filter.schedule !== undefined && job.schedule !== filter.schedule) return false
  if (skip !== 'payRange' && filter.payRange !== undefined && !matchesPayRange(job, filter.payRange)) return false
  return true
}

/** Posts matching every given filter, in the content's order (sortJobs orders them). */
export function filterJobs<J extends JobCore>(jobs: readonly J[], filter: JobFilter, now: DateInput): J[] {
  return jobs.filter((job) => matches(job, filter, isJobExpired(job, now)))
}

/** Posts matching every given filter, newest first (then closing soonest, then by title). */
export function listJobs<J extends JobCore>(jobs: readonly J[], filter: JobFilter, now: DateInput): J[] {
  return filterJobs(newestFirst(jobs), filter, now)
}

/** How many posts match every given filter (no sorting: a long list's count is cheap). */
export function countJobs(jobs: readonly JobCore[], filter: JobFilter, now: DateInput): number {
  let n = 0
  for (const job of jobs) if (matches(job, filter, isJobExpired(job, now))) n += 1
  return n
}

/** Counts for the filter chips, so a chip can show how many posts it would leave. */
export function jobFacets(jobs: readonly JobCore[], filter: JobFilter, now: DateInput): JobFacets {
  const facets: JobFacets = {
    total: 0,
    // Keyed by content ids: no prototype, so a town id `constructor` is a count like any other.
    towns: Object.create(null) as Record<string, number>,
    types: Object.fromEntries(JOB_TYPES.map((t) => [t, 0])) as Record<JobType, number>,
    schedules: Object.fromEntries(JOB_SCHEDULES.map((s) => [s, 0])) as Record<JobSchedule, number>,
    payRanges: Object.fromEntries(PAY_BANDS.map((b) => [b.id, 0])) as Record<PayBand, number>,
  }
  for (const job of jobs) {
    const expired = isJobExpired(job, now)
    const inTown = matches(job, filter, expired, 'townId') ? 1 : 0
    facets.towns[job.townId] = (facets.towns[job.townId] ?? 0) + inTown
    if (matches(job, filter, expired)) facets.total += 1
    if (matches(job, filter, expired, 'type')) facets.types[job.type] += 1
    if (matches(job, filter, expired, 'schedule')) facets.schedules[job.schedule] += 1
    if (matches(job, filter, expired, 'payRange')) {
      for (const band of PAY_BANDS) if (matchesPayRange(job, band.id)) facets.payRanges[band.id] += 1
    }
  }
  return facets
}

/** How the jobs list can be ordered: 最新发布 (the default), 即将截止, 薪资从高到低. */
export const JOB_SORTS = [
  { id: 'newest', label: '最新发布' },
  { id: 'closing', label: '即将截止' },
  { id: 'pay', label: '薪资从高到低' },
] as const
export type JobSort = (typeof JOB_SORTS)[number]['id']

/** Posts closing within this many days (today included) stand out in the list. */
export const CLOSING_SOON_DAYS = 3

/** Still open, and the deadline is today or within the next CLOSING_SOON_DAYS days. */
export function isClosingSoon(job: Pick<Job, 'deadline'>, now: DateInput): boolean {
  const days = calendarDaysBetween(now, job.deadline)
  return days >= 0 && days <= CLOSING_SOON_DAYS
}

/**
 * The posts in the chosen order. 即将截止: open posts by deadline, soonest first, expired ones
 * last; 薪资从高到低: full-time posts before part-time ones (a part-time month depends on its hours), each by
 * the middle of the monthly-equivalent pay, then its top (PAY_COMPARISON_NOTE). Ties keep the list's own
 * order (newest first).
 */
export function sortJobs<J extends JobCore>(jobs: readonly J[], sort: JobSort, now: DateInput): J[] {
  const base = [...jobs].sort(compareJobs)
  if (sort === 'newest') return base
  if (sort === 'closing') {
    const key = (j: JobCore) => (isJobExpired(j, now) ? 1 : 0)
    return base.sort((a, b) => key(a) - key(b) || (a.deadline < b.deadline ? -1 : a.deadline > b.deadline ? 1 : 0))
  }
  const partTime = (j: JobCore) => (j.schedule === 'part-time' ? 1 : 0)
  return base.sort((a, b) => {
    const pa = monthlyPay(a)
    const pb = monthlyPay(b)
    return partTime(a) - partTime(b) || pb.min + pb.max - (pa.min + pa.max) || pb.max - pa.max
  })
}

/** What search reads of a job post: employer, place, hours, duties and requirements; pay under the title. */
export function jobSearchDoc(j: Job, pack: Pick<ContentPack, 'towns'>): SearchDoc {
  return searchDoc({
    domain: 'jobs',
    id: j.id,
    title: j.title,
    body: searchText([
      j.employer,
      townName(pack, j.townId),
      j.address,
      j.hours,
      ...j.duties,
      ...j.requirements,
      j.contact.name,
    ]),
    subtitle: `${j.employer} · ${payLabel(j)}`,
    sample: j.source.kind === 'sample',
    // Open through the whole deadline day, Beijing time (isJobExpired).
    closesAt: `${j.deadline}T23:59:59+08:00`,
  })
}

/**
 * How to apply, in steps a person can follow: the post's own, or calling its contact and going with an ID card.
 * A demo post's number cannot be dialled: its first step says so and where to ask instead, never "call" alone.
 */
export function applyGuide(job: Pick<Job, 'apply' | 'contact' | 'address'>): {
  steps: string[]
  bring: string[]
  where: string
} {
  const first = isDemoPhone(job.contact.phone)
    ? `先联系${job.contact.name}，问清岗位还招不招人、什么时候去面试。这是示例岗位，电话不能拨打；找工作的事可以拨打 ${EMPLOYMENT_HOTLINE} 问问。`
    : `先打电话给${job.contact.name}，问清岗位还招不招人、什么时候去面试。`
  return {
    steps: job.apply?.steps ?? [first, '按约好的时间，带上材料去报名或面试。'],
    bring: job.apply?.bring ?? ['身份证'],
    where: job.address,
  }
}

/** The public employment hotline: for any question about a post, or a post that asks for money first. */
export const EMPLOYMENT_HOTLINE = '12333'

/** The policies that help people into work, shown beside every post. */
export const EMPLOYMENT_POLICY_CATEGORY = '就业帮扶'

import type { Job } from '../content/schema'
import { calendarDaysBetween, relativeDay, type DateInput } from './date'

/*
 * A post's pay, age and expiry, and the newest open posts: what home's 最新岗位 needs of the jobs. Apart from
 * jobs.ts (filters, facets, sorts, search documents), so home's first load carries only this.
 */

type PayUnit = Job['pay']['unit']

const UNIT_LABELS: Record<PayUnit, string> = { month: '月', day: '天', hour: '小时' }

/** `3000–4500元/月`, or `150元/天` when min and max are equal. */
export function payLabel(job: Pick<Job, 'pay'>): string {
  const { min, max, unit } = job.pay
  const amount = min === max ? `${min}` : `${min}–${max}`
  return `${amount}元/${UNIT_LABELS[unit]}`
}

/** Open through the whole deadline day (Beijing time); expired from 00:00 the next day. */
export function isJobExpired(job: Pick<Job, 'deadline'>, now: DateInput): boolean {
  return calendarDaysBetween(job.deadline, now) > 0
}

/** `今天发布`, `昨天发布`, `3天前发布`, then `2026年10月1日发布`. */
export function jobAgeLabel(job: Pick<Job, 'postedAt'>, now: DateInput): string {
  return `${relativeDay(job.postedAt, now)}发布`
}

/** What filtering and ordering posts reads: enough for home, which holds only a summary of each record. */
export type JobCore = Pick<Job, 'id' | 'title' | 'townId' | 'type' | 'schedule' | 'pay' | 'postedAt' | 'deadline'>

/**
 * Titles in the order of their characters' codes: for Chinese, the Unicode charts' order of ideographs by
 * radical, then strokes (the Kangxi dictionary's order), the same on every engine. Not the pinyin collator (`Intl.Collator('zh-CN')`): building
 * it loads ICU's Chinese tailoring, one task of 60–100 ms at 4× CPU on the first list that sorts, and
 * mini-program runtimes without Intl would order the same posts differently.
 */
function compareTitles(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

export function compareJobs(a: JobCore, b: JobCore): number {
  if (a.postedAt !== b.postedAt) return a.postedAt < b.postedAt ? 1 : -1
  if (a.deadline !== b.deadline) return a.deadline < b.deadline ? -1 : 1
  return compareTitles(a.title, b.title) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
}

// Each records array in newest-first order, sorted once: filtering keeps that order, so a list page re-filtered
// at every tap does not sort a few hundred posts (with Chinese title order) each time.
const newestOrder = new WeakMap<readonly JobCore[], readonly JobCore[]>()

export function newestFirst<J extends JobCore>(jobs: readonly J[]): readonly J[] {
  let sorted = newestOrder.get(jobs)
  if (!sorted) {
    sorted = [...jobs].sort(compareJobs)
    newestOrder.set(jobs, sorted)
  }
  return sorted as readonly J[]
}

/** Open posts, newest first: the jobs list with no filter chosen. */
export function openJobsNewestFirst<J extends JobCore>(jobs: readonly J[], now: DateInput): J[] {
  return newestFirst(jobs).filter((job) => !isJobExpired(job, now))
}

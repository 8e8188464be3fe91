import {
  LIVELIHOOD_CATEGORIES,
  LIVELIHOOD_STATUSES,
  type LivelihoodCategory,
  type LivelihoodProject,
  type LivelihoodStatus,
  type Milestone,
} from '../content/schema'
import { cst, relativeDay, type DateInput } from './date'

export { LIVELIHOOD_CATEGORIES, LIVELIHOOD_STATUSES }

/** How many projects the 幸福双阳 plan counts, whatever the content holds. */
export const PLAN_TOTAL = 63

/**
 * What the tracker and home say beside its numbers: the demo's status is not the district's, and the
 * one thing the 2022 summary says about the 63 (it does not list them).
 */
export const TRACKER_HONESTY = `状态、进度、节点和责任单位是演示数据，不是双阳区的当前进展。《双阳区2022年工作总结》只写到：2022年“幸福双阳”行动计划${PLAN_TOTAL}项民生实事全部落实，没有逐项列出；这里的项目不等于那${PLAN_TOTAL}项。`

/** Filter value and facet key for projects without a town (district-wide). */
export const DISTRICT_WIDE = 'district-wide'

/**
 * Filters come from route params and taps, so they are plain strings: an unknown
 * value matches nothing, and an empty string means "no filter".
 */
export interface ProjectFilters {
  category?: string
  townId?: string
  status?: string
  /** 'progress' or 'updated'; anything else keeps content order. */
  sort?: string
}

function has(record: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(record, key)
}

export const STATUS_LABELS: Record<LivelihoodStatus, string> = {
  done: '已完成',
  'in-progress': '推进中',
  'not-started': '未开工',
}

export function statusLabel(status: string): string {
  return has(STATUS_LABELS, status) ? STATUS_LABELS[status as LivelihoodStatus] : '状态未知'
}

function isSet(value: string | undefined | null): value is string {
  return typeof value === 'string' && value !== ''
}

function asList(projects: readonly LivelihoodProject[] | null | undefined): readonly LivelihoodProject[] {
  return Array.isArray(projects) ? projects : []
}

type FilterKey = 'category' | 'townId' | 'status'

function matches(project: LivelihoodProject, filters: ProjectFilters, skip?: FilterKey): boolean {
  if (skip !== 'category' && isSet(filters.category) && project.category !== filters.category) return false
  if (skip !== 'status' && isSet(filters.status) && project.status !== filters.status) return false
  if (skip !== 'townId' && isSet(filters.townId) && (project.townId ?? DISTRICT_WIDE) !== filters.townId) return false
  return true
}

/** Code-point order: the same on every JS engine, unlike localeCompare in mini-program runtimes. */
function compareText(a: string, b: string): number {
  if (a === b) return 0
  return a < b ? -1 : 1
}

function byTitle(a: LivelihoodProject, b: LivelihoodProject): number {
  return compareText(a.title, b.title) || compareText(a.id, b.id)
}

/**
 * Projects matching every active filter. Sort `progress`: furthest along first,
 * ties by title; `updated`: most recently updated first. No sort keeps content order.
 */
export function listProjects(
  projects: readonly LivelihoodProject[],
  filters: ProjectFilters = {},
): LivelihoodProject[] {
  const found = asList(projects).filter((p) => matches(p, filters ?? {}))
  switch (filters?.sort) {
    case 'progress':
      return found.sort((a, b) => b.progress - a.progress || byTitle(a, b))
    case 'updated':
      return found.sort((a, b) => compareText(b.updatedAt, a.updatedAt) || byTitle(a, b))
    default:
      return found
  }
}

export interface ProjectFacets {
  /** Projects matching all current filters. */
  total: number
  /** Every category, in plan order, with 0 where none match. */
  category: Record<LivelihoodCategory, number>
  /** Every status, with 0 where none match. */
  status: Record<LivelihoodStatus, number>
  /** Town id (or DISTRICT_WIDE) → count; towns with no match are absent. */
  town: Record<string, number>
}

/**
 * Counts for filter chips: each group is counted with the other groups'
 * filters applied, so a chip shows how many projects tapping it would list.
 */
export function projectFacets(projects: readonly LivelihoodProject[], filters: ProjectFilters = {}): ProjectFacets {
  const list = asList(projects)
  const active = filters ?? {}
  const category = Object.fromEntries(LIVELIHOOD_CATEGORIES.map((c) => [c, 0])) as Record<LivelihoodCategory, number>
  const status = Object.fromEntries(LIVELIHOOD_STATUSES.map((s) => [s, 0])) as Record<LivelihoodStatus, number>
  const town: Record<string, number> = {}
  let total = 0
  for (const p of list) {
    if (matches(p, active)) total += 1
    if (matches(p, active, 'category') && has(category, p.category)) category[p.category] += 1
    if (matches(p, active, 'status') && has(status, p.status)) status[p.status] += 1
    if (matches(p, active, 'townId')) {
      const key = p.townId ?? DISTRICT_WIDE
      town[key] = (town[key] ?? 0) + 1
    }
  }
  return { total, category, status, town }
}

export interface CategoryOverview {
  category: LivelihoodCategory
  count: number
  done: number
  /** Mean progress of the category's projects, rounded to a whole percent. */
  averageProgress: number
}

export interface TownOverview {
  /** A town id, or DISTRICT_WIDE. */
  townId: string
  count: number
  done: number
  averageProgress: number
}

export interface LivelihoodOverview {
  total: number
  planTotal: number
  byStatus: Record<LivelihoodStatus, number>
  averageProgress: number
  /** Categories that have projects: most projects first, ties in plan order. */
  byCategory: CategoryOverview[]
  /** Towns that have projects: most projects first, ties by town id. */
  byTown: TownOverview[]
}

function average(values: number[]): number {
  if (values.length === 0) return 0
  return Math.round(values.reduce((sum, x) => sum + x, 0) / values.length)
}

/** The figures behind the tracker's overview chart. */
export function livelihoodOverview(projects: readonly LivelihoodProject[]): LivelihoodOverview {
  const list = asList(projects)
  const byStatus = Object.fromEntries(LIVELIHOOD_STATUSES.map((s) => [s, 0])) as Record<LivelihoodStatus, number>
  for (const p of list) if (has(byStatus, p.status)) byStatus[p.status] += 1

  const byCategory = LIVELIHOOD_CATEGORIES.map((category, order) => {
    const inCategory = list.filter((p) => p.category === category)
    return {
      order,
      row: {
        category,
        count: inCategory.length,
        done: inCategory.filter((p) => p.status === 'done').length,
        averageProgress: average(inCategory.map((p) => p.progress)),
      },
    }
  })
    .filter(({ row }) => row.count > 0)
    .sort((a, b) => b.row.count - a.row.count || a.order - b.order)
    .map(({ row }) => row)

  const towns = new Map<string, LivelihoodProject[]>()
  for (const p of list) {
    const key = p.townId ?? DISTRICT_WIDE
    towns.set(key, [...(towns.get(key) ?? []), p])
  }
  const byTown = [...towns.entries()]
    .map(([townId, inTown]) => ({
      townId,
      count: inTown.length,
      done: inTown.filter((p) => p.status === 'done').length,
      averageProgress: average(inTown.map((p) => p.progress)),
    }))
    .sort((a, b) => b.count - a.count || compareText(a.townId, b.townId))

  return {
    total: list.length,
    planTotal: PLAN_TOTAL,
    byStatus,
    averageProgress: average(list.map((p) => p.progress)),
    byCategory,
    byTown,
  }
}

/** `已收录 N / 63 项` while the content holds fewer projects than the plan counts; otherwise null. */
export function coverageLabel(count: number): string | null {
  if (!Number.isFinite(count) || count >= PLAN_TOTAL) return null
  return `已收录 ${Math.max(0, Math.floor(count))} / ${PLAN_TOTAL} 项`
}

/** Milestones oldest first (a copy; ties keep content order). */
export function sortedMilestones(milestones: readonly Milestone[]): Milestone[] {
  return [...(Array.isArray(milestones) ? milestones : [])].sort((a, b) => compareText(a.date, b.date))
}

/** The next milestone still to reach, or undefined when all are done. */
export function nextMilestone(milestones: readonly Milestone[]): Milestone | undefined {
  return sortedMilestones(milestones).find((m) => !m.done)
}

/** `今天更新`, `昨天更新`, `3天前更新`, then `2026年9月3日更新`; empty for an unreadable date. */
export function updatedLabel(updatedAt: DateInput, now: DateInput): string {
  if (!cst(updatedAt).isValid() || !cst(now).isValid()) return ''
  return `${relativeDay(updatedAt, now)}更新`
}

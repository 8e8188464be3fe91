import {
  LIVELIHOOD_CATEGORIES,
  LIVELIHOOD_CHAPTER,
  LIVELIHOOD_STATUSES,
  REPORT_YEAR,
  type DemoProject,
  type LivelihoodCategory,
  type LivelihoodItem,
  type LivelihoodStatus,
  type Milestone,
  type ReportedItem,
} from '../content/schema'
import { relativeDay, toMillis, type DateInput } from './date'
import { DEMO_PLAN_NOTE, DEMO_PLAN_TITLE } from './demo-plan'
import { searchDoc, searchText, type SearchDoc } from './search/document'

export { DEMO_PLAN_NOTE, DEMO_PLAN_TITLE, LIVELIHOOD_CATEGORIES, LIVELIHOOD_STATUSES, REPORT_YEAR }

/*
 * The tracker holds two things that never mix: what the 2022 summary says (reported items: the stage word
 * the quote uses, dated 2022, nothing more) and a plainly fictional demo plan that shows how tracking works
 * (progress, milestones, statuses). Counts of one are never shown as counts of the other.
 */

/** The one thing the 2022 summary says about the 63 (it does not list them), quoted once, with its year. */
export const PLAN_STATEMENT = { year: REPORT_YEAR, quote: '“幸福双阳”行动计划63项民生实事全部落实' } as const

export const REPORTED_TITLE = `${REPORT_YEAR}年工作总结怎么说`
export const REPORTED_NOTE = `总结没有逐项列出这63项。下面是总结写到的民生相关工作，只写原文的说法和年份，不等于那63项，也不是现在的进展。`
/** Said on a reported item's page: the summary gives a stage word, nothing about today. */
export const REPORTED_DETAIL_NOTE =
  '总结只写到这些：没有进度、节点和责任单位，也不是现在的情况。想了解现在怎么样，可拨打 12345 咨询。'

/** Headings of the reported items: the paragraph that states the 63, and everything else the summary says. */
export const REPORTED_GROUPS = [
  { key: 'livelihood', title: `总结「民生保障坚实有力」一段写到的` },
  { key: 'other', title: `${REPORT_YEAR}年其他重点工作` },
] as const
export type ReportedGroupKey = (typeof REPORTED_GROUPS)[number]['key']

/** A demo project as the tracker's list has it (src/domain/parts.ts: its text, milestones and unit load later). */
export type DemoListing = Pick<
  DemoProject,
  'id' | 'kind' | 'title' | 'category' | 'status' | 'progress' | 'updatedAt' | 'source'
>

/** A tracker item as the list has it: a reported item whole, a demo project without its detail fields. */
export type LivelihoodListing = ReportedItem | DemoListing

export function isReported(item: LivelihoodListing): item is ReportedItem {
  return item.kind === 'reported'
}

export function isDemoProject(item: LivelihoodListing): item is DemoListing {
  return item.kind === 'demo'
}

function asItems<T extends LivelihoodListing>(items: readonly T[] | null | undefined): readonly T[] {
  return Array.isArray(items) ? items : []
}

/** What the summary says, in content order. */
export function reportedItems(items: readonly LivelihoodListing[]): ReportedItem[] {
  return asItems(items).filter(isReported)
}

/** The fictional demo plan, in content order. */
export function demoPlan<T extends LivelihoodListing>(items: readonly T[]): Array<Extract<T, { kind: 'demo' }>> {
  return asItems(items).filter((item): item is Extract<T, { kind: 'demo' }> => isDemoProject(item))
}

export function reportedGroup(item: ReportedItem): ReportedGroupKey {
  return item.chapter === LIVELIHOOD_CHAPTER ? 'livelihood' : 'other'
}

/** Reported items under their heading, headings in order, empty ones left out. */
export function groupReported(
  items: readonly ReportedItem[],
): Array<{ key: ReportedGroupKey; title: string; items: ReportedItem[] }> {
  return REPORTED_GROUPS.map((g) => ({
    key: g.key,
    title: g.title,
    items: items.filter((i) => reportedGroup(i) === g.key),
  })).filter((g) => g.items.length > 0)
}

/** `2022年 · 加速推进`: the quote's own stage word, dated. */
export function stageLabel(item: Pick<ReportedItem, 'stage' | 'year'>): string {
  return `${item.year}年 · ${item.stage}`
}

/**
 * Filters come from route params and taps, so they are plain strings: an unknown
 * value matches nothing, and an empty string means "no filter".
 */
export interface ProjectFilters {
  category?: string
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

export function projectStatusLabel(status: string): string {
  return has(STATUS_LABELS, status) ? STATUS_LABELS[status as LivelihoodStatus] : '状态未知'
}

function isSet(value: string | undefined | null): value is string {
  return typeof value === 'string' && value !== ''
}

function asList<P extends DemoListing>(projects: readonly P[] | null | undefined): readonly P[] {
  return Array.isArray(projects) ? projects.filter((p) => p && p.kind === 'demo') : []
}

type FilterKey = 'category' | 'status'

function matches(project: DemoListing, filters: ProjectFilters, skip?: FilterKey): boolean {
  if (skip !== 'category' && isSet(filters.category) && project.category !== filters.category) return false
  if (skip !== 'status' && isSet(filters.status) && project.status !== filters.status) return false
  return true
}

/** Code-point order: the same on every JS engine, unlike localeCompare in mini-program runtimes. */
function compareText(a: string, b: string): number {
  if (a === b) return 0
  return a < b ? -1 : 1
}

function byTitle(a: DemoListing, b: DemoListing): number {
  return compareText(a.title, b.title) || compareText(a.id, b.id)
}

/**
 * Projects matching every active filter. Sort `progress`: furthest along first,
 * ties by title; `updated`: most recently updated first. No sort keeps content order.
 */
export function listProjects<P extends DemoListing>(projects: readonly P[], filters: ProjectFilters = {}): P[] {
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
}

/**
 * Counts for filter chips: each group is counted with the other groups'
 * filters applied, so a chip shows how many projects tapping it would list.
 */
export function projectFacets(projects: readonly DemoListing[], filters: ProjectFilters = {}): ProjectFacets {
  const list = asList(projects)
  const active = filters ?? {}
  const category = Object.fromEntries(LIVELIHOOD_CATEGORIES.map((c) => [c, 0])) as Record<LivelihoodCategory, number>
  const status = Object.fromEntries(LIVELIHOOD_STATUSES.map((s) => [s, 0])) as Record<LivelihoodStatus, number>
  let total = 0
  for (const p of list) {
    if (matches(p, active)) total += 1
    if (matches(p, active, 'category') && has(category, p.category)) category[p.category] += 1
    if (matches(p, active, 'status') && has(status, p.status)) status[p.status] += 1
  }
  return { total, category, status }
}

export interface CategoryOverview {
  category: LivelihoodCategory
  count: number
  done: number
  /** Mean progress of the category's projects, rounded to a whole percent. */
  averageProgress: number
}

export interface LivelihoodOverview {
  total: number
  byStatus: Record<LivelihoodStatus, number>
  averageProgress: number
  /** Categories that have projects: most projects first, ties in plan order. */
  byCategory: CategoryOverview[]
}

/**
 * The figures behind the demo plan's overview chart. One pass over the projects: the demo plan opens with it,
 * and at ten times today's plan a pass per category and status made most of the list's first long task.
 */
export function livelihoodOverview(projects: readonly DemoListing[]): LivelihoodOverview {
  const list = asList(projects)
  const byStatus = Object.fromEntries(LIVELIHOOD_STATUSES.map((s) => [s, 0])) as Record<LivelihoodStatus, number>
  const rows = new Map(LIVELIHOOD_CATEGORIES.map((category) => [category, { count: 0, done: 0, progress: 0 }]))
  let progress = 0
  for (const p of list) {
    if (has(byStatus, p.status)) byStatus[p.status] += 1
    progress += p.progress
    const row = rows.get(p.category)
    if (!row) continue
    row.count += 1
    if (p.status === 'done') row.done += 1
    row.progress += p.progress
  }
  const byCategory = LIVELIHOOD_CATEGORIES.map((category, order) => {
    const { count, done, progress: sum } = rows.get(category) ?? { count: 0, done: 0, progress: 0 }
    return { order, row: { category, count, done, averageProgress: count === 0 ? 0 : Math.round(sum / count) } }
  })
    .filter(({ row }) => row.count > 0)
    .sort((a, b) => b.row.count - a.row.count || a.order - b.order)
    .map(({ row }) => row)

  return {
    total: list.length,
    byStatus,
    averageProgress: list.length === 0 ? 0 : Math.round(progress / list.length),
    byCategory,
  }
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
  if (!Number.isFinite(toMillis(updatedAt)) || !Number.isFinite(toMillis(now))) return ''
  return `${relativeDay(updatedAt, now)}更新`
}

export interface TrackerFigures {
  statement: typeof PLAN_STATEMENT
  /** How many items the summary states, under each heading. */
  reported: { total: number; livelihood: number; other: number }
  /** The fictional demo plan: its own counts, always shown with its demo title. */
  demo: LivelihoodOverview
}

/** The numbers home and the tracker both show, from one place, so the two cannot disagree. */
export function trackerFigures(items: readonly LivelihoodListing[]): TrackerFigures {
  const reported = reportedItems(items)
  const livelihood = reported.filter((i) => reportedGroup(i) === 'livelihood').length
  return {
    statement: PLAN_STATEMENT,
    reported: { total: reported.length, livelihood, other: reported.length - livelihood },
    demo: livelihoodOverview(demoPlan(items)),
  }
}

/** What search reads of a tracker item: a reported item's quote, a demo plan's text and milestones. */
export function livelihoodSearchDoc(p: LivelihoodItem): SearchDoc {
  if (p.kind === 'reported')
    return searchDoc({
      domain: 'livelihood',
      id: p.id,
      title: p.title,
      tags: [p.category],
      body: searchText([p.source.kind === 'cited' ? p.source.quote : '']),
      subtitle: `${p.category} · ${stageLabel(p)}（总结原文）`,
    })
  return searchDoc({
    domain: 'livelihood',
    id: p.id,
    title: p.title,
    tags: [p.category],
    body: searchText([p.summary, p.why, p.responsibleUnit, ...p.milestones.map((m) => m.title)]),
    subtitle: `${DEMO_PLAN_TITLE} · ${p.category} · ${projectStatusLabel(p.status)} · 进度 ${p.progress}%`,
    sample: p.source.kind === 'sample',
  })
}

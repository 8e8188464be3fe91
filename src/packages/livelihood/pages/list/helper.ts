import type { DemoProject } from '@/content/schema'
import { DEMO_PLAN_TITLE, LIVELIHOOD_CATEGORIES, LIVELIHOOD_STATUSES } from '@/domain/livelihood'
import { STATUS_LABELS, type ProjectFacets } from '@/domain/livelihood'

/** Which of the tracker's two parts is shown: what the 2022 summary says, or the fictional demo plan. */
export type TrackerView = 'reported' | 'demo'

export interface TrackerFilters {
  /** Omitted = reported (the summary first); any demo filter implies the demo plan. */
  view?: TrackerView
  category?: string
  status?: string
  sort?: 'progress' | 'updated'
}

export interface ChipOption {
  value: string
  label: string
  count: number
}

export const SORT_LABELS = { progress: '进度从高到低', updated: '最近更新' } as const

function pick<T extends string>(value: unknown, allowed: readonly T[]): T | undefined {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : undefined
}

/**
 * Filters from a URL or memory, keeping only values a chip offers (odd values are dropped, never crash).
 * Filters belong to the demo plan, so a URL that names one opens it.
 */
export function cleanFilters(raw: Record<string, unknown>): TrackerFilters {
  const filters: TrackerFilters = {
    view: pick(raw.view, ['reported', 'demo'] as const),
    category: pick(raw.category, LIVELIHOOD_CATEGORIES),
    status: pick(raw.status, LIVELIHOOD_STATUSES),
    sort: pick(raw.sort, ['progress', 'updated'] as const),
  }
  if (filters.view !== 'reported' && (filters.category || filters.status || filters.sort)) filters.view = 'demo'
  return Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined)) as TrackerFilters
}

/** The filters as the list's URL query (share and deep links): `view`, `category`, `status`, `sort`. */
export function trackerQuery(filters: TrackerFilters): Array<readonly [string, string | undefined]> {
  return [
    ['view', filters.view === 'demo' ? 'demo' : undefined],
    ['category', filters.category],
    ['status', filters.status],
    ['sort', filters.sort],
  ]
}

/** What a shared list is titled: `民生实事：演示计划（虚构示例） · 教育 · 已完成`, or the summary's view. */
export function trackerShareTitle(filters: TrackerFilters): string {
  if (filters.view !== 'demo') return '民生实事：2022年工作总结怎么说'
  const status = filters.status ? STATUS_LABELS[filters.status as keyof typeof STATUS_LABELS] : undefined
  return ['民生实事：' + DEMO_PLAN_TITLE, filters.category, status].filter(Boolean).join(' · ')
}

export function hasFilter(filters: TrackerFilters): boolean {
  return Boolean(filters.category || filters.status)
}

/** Categories that hold demo projects, in plan order, with how many tapping each would list. */
export function categoryOptions(
  projects: ReadonlyArray<Pick<DemoProject, 'category'>>,
  facets: ProjectFacets,
): ChipOption[] {
  const present = new Set(projects.map((p) => p.category))
  return LIVELIHOOD_CATEGORIES.filter((c) => present.has(c)).map((c) => ({
    value: c,
    label: c,
    count: facets.category[c],
  }))
}

/** What the filter bar says is chosen: `医疗卫生 · 已完成`; empty when the whole plan is listed. */
export function chosenLabels(filters: TrackerFilters): string[] {
  const status = filters.status ? STATUS_LABELS[filters.status as keyof typeof STATUS_LABELS] : undefined
  return [filters.category, status].filter((x): x is string => Boolean(x))
}

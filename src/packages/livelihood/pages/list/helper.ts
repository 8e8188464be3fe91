import type { LivelihoodProject, Town } from '@/content/schema'
import { LIVELIHOOD_CATEGORIES, LIVELIHOOD_STATUSES } from '@/domain/livelihood'
import { DISTRICT_WIDE, STATUS_LABELS, type ProjectFacets } from '@/domain/livelihood'

export interface TrackerFilters {
  category?: string
  townId?: string
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

/** Filters from a URL or memory, keeping only values a chip offers (odd values are dropped, never crash). */
export function cleanFilters(raw: Record<string, unknown>, towns: readonly Town[]): TrackerFilters {
  const filters: TrackerFilters = {
    category: pick(raw.category, LIVELIHOOD_CATEGORIES),
    townId: pick(raw.townId, [DISTRICT_WIDE, ...towns.map((t) => t.id)]),
    status: pick(raw.status, LIVELIHOOD_STATUSES),
    sort: pick(raw.sort, ['progress', 'updated'] as const),
  }
  return Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined)) as TrackerFilters
}

/** The filters as the list's URL query (share and deep links): `category`, `town`, `status`, `sort`. */
export function trackerQuery(filters: TrackerFilters): Array<readonly [string, string | undefined]> {
  return [
    ['category', filters.category],
    ['town', filters.townId],
    ['status', filters.status],
    ['sort', filters.sort],
  ]
}

/** `民生实事：教育 · 云山街道 · 已完成`, what a shared list is titled. */
export function trackerShareTitle(filters: TrackerFilters, towns: readonly Town[]): string {
  const town = filters.townId === DISTRICT_WIDE ? '全区' : towns.find((t) => t.id === filters.townId)?.name
  const status = filters.status ? STATUS_LABELS[filters.status as keyof typeof STATUS_LABELS] : undefined
  const parts = [filters.category, town, status].filter(Boolean)
  return parts.length > 0 ? `民生实事：${parts.join(' · ')}` : '民生实事进展'
}

export function hasFilter(filters: TrackerFilters): boolean {
  return Boolean(filters.category || filters.townId || filters.status)
}

/** Categories that hold projects, in plan order, with how many tapping each would list. */
export function categoryOptions(projects: readonly LivelihoodProject[], facets: ProjectFacets): ChipOption[] {
  const present = new Set(projects.map((p) => p.category))
  return LIVELIHOOD_CATEGORIES.filter((c) => present.has(c)).map((c) => ({
    value: c,
    label: c,
    count: facets.category[c],
  }))
}

/** 全区 first, then the towns that hold projects, in the towns' order. */
export function townOptions(
  projects: readonly LivelihoodProject[],
  towns: readonly Town[],
  facets: ProjectFacets,
): ChipOption[] {
  const present = new Set(projects.map((p) => p.townId ?? DISTRICT_WIDE))
  const options: ChipOption[] = []
  if (present.has(DISTRICT_WIDE))
    options.push({ value: DISTRICT_WIDE, label: '全区', count: facets.town[DISTRICT_WIDE] ?? 0 })
  for (const t of towns)
    if (present.has(t.id)) options.push({ value: t.id, label: t.name, count: facets.town[t.id] ?? 0 })
  return options
}

export function statusOptions(facets: ProjectFacets): ChipOption[] {
  return (['done', 'in-progress', 'not-started'] as const).map((s) => ({
    value: s,
    label: STATUS_LABELS[s],
    count: facets.status[s],
  }))
}

import { View, Text } from '@tarojs/components'
import { useMemo, useState } from 'react'
import type { LivelihoodProject } from '@/content/schema'
import { ActionButton } from '@/components/action-button'
import { keyboardProps, roleProps } from '@/components/a11y-props'
import { CategoryChart } from '@/components/category-chart'
import { EmptyState } from '@/components/empty-state'
import { FilterChips } from '@/components/filter-chips'
import { LinkCard } from '@/components/link-card'
import { PageShell } from '@/components/page-shell'
import { ProgressBar } from '@/components/progress-bar'
import { ProjectStatus } from '@/components/project-status'
import {
  listProjects,
  livelihoodOverview,
  projectFacets,
  STATUS_LABELS,
  TRACKER_HONESTY,
  updatedLabel,
} from '@/domain/livelihood'
import { detailPath, listPathWith } from '@/domain/routes'
import { embeddedLivelihood } from '@/domain/embedded/livelihood'
import { useContent, useDomainRecords } from '@/hooks/use-content'
import { useListFilters } from '@/hooks/use-list-filters'
import { useNow } from '@/hooks/use-now'
import { useQueryParam } from '@/hooks/use-query-param'
import { useSharing } from '@/hooks/use-sharing'
import { openRoute } from '@/platform/nav'
import {
  SORT_LABELS,
  categoryOptions,
  cleanFilters,
  hasFilter,
  statusOptions,
  townOptions,
  trackerQuery,
  trackerShareTitle,
  type TrackerFilters,
} from './helper'
import './index.scss'

/** Cards rendered at first: keeps the first setData small; the rest come on 显示更多. */
const PAGE_SIZE = 20

const STATUS_TILES = (['done', 'in-progress', 'not-started'] as const).map((status) => ({
  status,
  label: STATUS_LABELS[status],
}))

export default function LivelihoodListPage() {
  const { summary } = useContent()
  const records = useDomainRecords('livelihood', embeddedLivelihood)
  const now = useNow()
  const projects = records
  const fromUrl = cleanFilters(
    {
      category: useQueryParam('category'),
      townId: useQueryParam('town'),
      status: useQueryParam('status'),
      sort: useQueryParam('sort'),
    },
    summary.towns,
  )
  const [filters, saveFilters] = useListFilters<TrackerFilters>('livelihood', () => fromUrl, hasFilter(fromUrl))
  const [shown, setShown] = useState(PAGE_SIZE)
  useSharing({
    title: trackerShareTitle(filters, summary.towns),
    path: listPathWith('livelihood', trackerQuery(filters)),
  })

  const setFilters = (patch: Partial<TrackerFilters>) => {
    saveFilters(cleanFilters({ ...filters, ...patch }, summary.towns))
    setShown(PAGE_SIZE)
  }

  const overview = useMemo(() => livelihoodOverview(projects), [projects])
  const facets = useMemo(() => projectFacets(projects, filters), [projects, filters])
  const found = useMemo(() => listProjects(projects, filters), [projects, filters])
  const towns = useMemo(() => new Map(summary.towns.map((t) => [t.id, t.name])), [summary.towns])
  const rest = found.length - shown

  const open = (p: LivelihoodProject) => void openRoute(detailPath('livelihood', p.id))

  return (
    <PageShell className='sy-tracker' title='民生实事'>
      <View className='sy-tracker__overview'>
        <Text className='sy-tracker__hero'>民生实事进展</Text>
        <Text className='sy-tracker__lead'>{`演示：收录 ${overview.total} 项，已完成 ${overview.byStatus.done} 项`}</Text>
        <Text className='sy-tracker__note'>{TRACKER_HONESTY}</Text>
        <View className='sy-tracker__tiles'>
          {STATUS_TILES.map((tile) => {
            const on = filters.status === tile.status
            const tap = () => setFilters({ status: on ? undefined : tile.status })
            return (
              <View
                key={tile.status}
                className={`sy-tracker__tile sy-tracker__tile--${tile.status} ${on ? 'sy-tracker__tile--on' : ''}`}
                {...roleProps('button')}
                {...keyboardProps(tap)}
                aria-pressed={on ? 'true' : 'false'}
                onClick={tap}
              >
                <Text className='sy-tracker__tile-count'>{overview.byStatus[tile.status]}</Text>
                <Text className='sy-tracker__tile-label'>{tile.label}</Text>
              </View>
            )
          })}
        </View>
        <View className='sy-tracker__stack' aria-hidden='true'>
          {STATUS_TILES.map((tile) => (
            <View
              key={tile.status}
              className={`sy-tracker__stack-part sy-tracker__stack-part--${tile.status}`}
              style={{ width: `${overview.total ? (overview.byStatus[tile.status] / overview.total) * 100 : 0}%` }}
            />
          ))}
        </View>
        <Text className='sy-tracker__subtitle'>各类项目平均进度（点一类，只看这一类）</Text>
        <CategoryChart
          rows={overview.byCategory}
          selected={filters.category}
          onSelect={(category) => setFilters({ category })}
        />
      </View>

      <View className='sy-tracker__filters'>
        <FilterChips
          label='类别'
          options={categoryOptions(projects, facets)}
          value={filters.category}
          onChange={(category) => setFilters({ category })}
        />
        <FilterChips
          label='镇街'
          options={townOptions(projects, summary.towns, facets)}
          value={filters.townId}
          onChange={(townId) => setFilters({ townId })}
        />
        <FilterChips
          label='状态'
          options={statusOptions(facets)}
          value={filters.status}
          onChange={(status) => setFilters({ status })}
        />
        <FilterChips
          label='排序'
          allLabel='默认'
          options={[
            { value: 'progress', label: SORT_LABELS.progress },
            { value: 'updated', label: SORT_LABELS.updated },
          ]}
          value={filters.sort}
          onChange={(sort) => setFilters({ sort })}
        />
      </View>

      <View className='sy-tracker__result'>
        <Text className='sy-tracker__found'>{`找到 ${found.length} 项`}</Text>
        {hasFilter(filters) && (
          <ActionButton
            label='清除筛选'
            onTap={() => setFilters({ category: undefined, townId: undefined, status: undefined })}
          />
        )}
      </View>

      {found.length === 0 ? (
        <EmptyState title='没有符合条件的项目' hint='换个类别或镇街试试' />
      ) : (
        <View className='sy-tracker__list'>
          {found.slice(0, shown).map((p) => (
            <LinkCard key={p.id} className='sy-project' onTap={() => open(p)}>
              <View className='sy-project__head'>
                <Text className='sy-project__title'>{p.title}</Text>
                <ProjectStatus status={p.status} />
              </View>
              <Text className='sy-project__meta'>{`${p.townId ? (towns.get(p.townId) ?? '全区') : '全区'} · ${p.category}`}</Text>
              <ProgressBar
                value={p.progress}
                label={`${p.title} 进度`}
                tone={p.status === 'done' ? 'done' : p.status === 'not-started' ? 'idle' : 'active'}
              />
              <Text className='sy-project__updated'>{updatedLabel(p.updatedAt, now)}</Text>
            </LinkCard>
          ))}
        </View>
      )}
      {rest > 0 && (
        <View className='sy-tracker__more'>
          <ActionButton
            label={`再显示 ${Math.min(PAGE_SIZE, rest)} 项（还有 ${rest} 项）`}
            onTap={() => setShown((n) => n + PAGE_SIZE)}
          />
        </View>
      )}
    </PageShell>
  )
}

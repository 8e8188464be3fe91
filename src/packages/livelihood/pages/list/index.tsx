import { View, Text } from '@tarojs/components'
import { memo, useMemo, useState } from 'react'
import type { ReportedItem } from '@/content/schema'
import { keyboardProps, roleProps } from '@/components/a11y-props'
import { CategoryChart } from '@/components/category-chart'
import { EmptyState } from '@/components/empty-state'
import { FilterBar } from '@/components/filter-bar'
import { FilterChips } from '@/components/filter-chips'
import { LinkCard } from '@/components/link-card'
import { ListMore } from '@/components/list-more'
import { PageShell } from '@/components/page-shell'
import { ProgressBar } from '@/components/progress-bar'
import { ProjectStatus } from '@/components/project-status'
import {
  DEMO_PLAN_NOTE,
  DEMO_PLAN_TITLE,
  REPORTED_NOTE,
  REPORTED_TITLE,
  STATUS_LABELS,
  demoPlan,
  type DemoListing,
  groupReported,
  listProjects,
  projectFacets,
  reportedItems,
  stageLabel,
  trackerFigures,
  updatedLabel,
} from '@/domain/livelihood'
import { SOURCE_NAME } from '@/domain/records'
import { detailPath, listPathWith } from '@/domain/routes'
import { embeddedLivelihood } from '@/domain/embedded/livelihood'
import { useDomainRecords } from '@/hooks/use-content'
import { useListFilters } from '@/hooks/use-list-filters'
import { useNow } from '@/hooks/use-now'
import { LIST_PAGE_SIZE, usePagedList } from '@/hooks/use-paged-list'
import { useQueryParam } from '@/hooks/use-query-param'
import { useSharing } from '@/hooks/use-sharing'
import { useStateInAddress } from '@/hooks/use-state-in-address'
import { openRoute } from '@/platform/nav'
import { scrollToSelector } from '@/platform/scroll'
import {
  SORT_LABELS,
  categoryOptions,
  chosenLabels,
  cleanFilters,
  hasFilter,
  trackerQuery,
  trackerShareTitle,
  type TrackerFilters,
  type TrackerView,
} from './helper'
import './index.scss'

/** Where a tap on the chart takes the reader: the list it has just filtered. */
const RESULTS_ID = 'sy-tracker-results'

const STATUS_TILES = (['done', 'in-progress', 'not-started'] as const).map((status) => ({
  status,
  label: STATUS_LABELS[status],
}))

const VIEWS: ReadonlyArray<{ view: TrackerView; label: string }> = [
  { view: 'reported', label: '2022年总结所载' },
  { view: 'demo', label: '演示计划（虚构）' },
]

// Cards are memoised: drawing the next cards of a step leaves the cards already drawn alone.
const ReportedCard = memo(function DrawReportedCard({ item }: { item: ReportedItem }) {
  return (
    <LinkCard
      className='sy-project sy-project--reported'
      onTap={() => void openRoute(detailPath('livelihood', item.id))}
    >
      <View className='sy-project__head'>
        <Text className='sy-project__title'>{item.title}</Text>
        <Text className='sy-project__stage'>{stageLabel(item)}</Text>
      </View>
      {item.source.kind === 'cited' && <Text className='sy-project__quote'>{`原文：「${item.source.quote}」`}</Text>}
    </LinkCard>
  )
})

const DemoCard = memo(function DrawDemoCard({ project: p, now }: { project: DemoListing; now: number }) {
  return (
    <LinkCard className='sy-project' onTap={() => void openRoute(detailPath('livelihood', p.id))}>
      <View className='sy-project__head'>
        <Text className='sy-project__title'>{p.title}</Text>
        <ProjectStatus status={p.status} />
      </View>
      <Text className='sy-project__meta'>{`${p.category} · 虚构示例`}</Text>
      <ProgressBar
        value={p.progress}
        label={`${p.title} 进度`}
        tone={p.status === 'done' ? 'done' : p.status === 'not-started' ? 'idle' : 'active'}
      />
      <Text className='sy-project__updated'>{updatedLabel(p.updatedAt, now)}</Text>
    </LinkCard>
  )
})

/** The reported items by group; only the first `limit` are drawn (the group titles still count them all). */
function ReportedList({ items, limit }: { items: readonly ReportedItem[]; limit: number }) {
  const groups = useMemo(() => groupReported(items), [items])
  let left = limit
  const drawn = groups.map((g) => {
    const take = g.items.slice(0, Math.max(0, left))
    left -= take.length
    return { ...g, take }
  })
  return (
    <View className='sy-tracker__reported'>
      {drawn
        .filter((g) => g.take.length > 0)
        .map((g) => (
          <View key={g.key} className='sy-tracker__group'>
            <View className='sy-tracker__group-title' role='heading' aria-level={2}>
              <Text>{`${g.title}（${g.items.length} 项）`}</Text>
            </View>
            <View className='sy-tracker__list'>
              {g.take.map((item) => (
                <ReportedCard key={item.id} item={item} />
              ))}
            </View>
          </View>
        ))}
    </View>
  )
}

export default function LivelihoodListPage() {
  const items = useDomainRecords('livelihood', embeddedLivelihood)
  const now = useNow()
  const fromUrl = cleanFilters({
    view: useQueryParam('view'),
    category: useQueryParam('category'),
    status: useQueryParam('status'),
    sort: useQueryParam('sort'),
  })
  const [filters, saveFilters] = useListFilters<TrackerFilters>(
    'livelihood',
    () => fromUrl,
    Boolean(fromUrl.view || hasFilter(fromUrl) || fromUrl.sort),
  )
  const [chartOpen, setChartOpen] = useState(false)
  const view: TrackerView = filters.view === 'demo' ? 'demo' : 'reported'
  const path = listPathWith('livelihood', trackerQuery(filters))
  useSharing({ title: trackerShareTitle(filters), path })
  useStateInAddress(path)

  const setFilters = (patch: Partial<TrackerFilters>) => {
    saveFilters(cleanFilters({ ...filters, ...patch }))
  }

  const figures = useMemo(() => trackerFigures(items), [items])
  const reported = useMemo(() => reportedItems(items), [items])
  const plan = useMemo(() => demoPlan(items), [items])
  const facets = useMemo(() => projectFacets(plan, filters), [plan, filters])
  const found = useMemo(() => listProjects(plan, filters), [plan, filters])
  // One list drawn in steps per view; a change of view or filter starts it again. Demo cards carry a progress
  // bar each: 20 of them made a 33 KB first screen at ten times today's content, 16 make 27 KB (budget 32).
  const paged = usePagedList<ReportedItem | DemoListing>(
    view === 'reported' ? reported : found,
    JSON.stringify(filters),
    view === 'reported' ? LIST_PAGE_SIZE : 16,
  )
  const overview = figures.demo

  return (
    <PageShell className='sy-tracker' title='民生实事'>
      <View className='sy-tracker__views' {...roleProps('tablist')} ariaLabel='民生实事的两部分'>
        {VIEWS.map((v) => {
          const on = v.view === view
          const tap = () => setFilters({ view: v.view })
          return (
            <View
              key={v.view}
              className={`sy-tracker__view ${on ? 'sy-tracker__view--on' : ''}`}
              {...roleProps('tab')}
              aria-selected={on ? 'true' : 'false'}
              {...keyboardProps(tap)}
              onClick={tap}
            >
              <Text>{v.label}</Text>
            </View>
          )
        })}
      </View>

      {view === 'reported' ? (
        <View className='sy-tracker__part'>
          <View className='sy-tracker__overview'>
            <Text className='sy-tracker__hero'>{REPORTED_TITLE}</Text>
            <Text className='sy-tracker__statement'>
              {`${figures.statement.year}年，${SOURCE_NAME}原文：「${figures.statement.quote}」。`}
            </Text>
            <Text className='sy-tracker__note'>{REPORTED_NOTE}</Text>
          </View>
          <ReportedList items={reported} limit={paged.shown.length} />
          <ListMore list={paged} unit='项' />
        </View>
      ) : (
        <View className='sy-tracker__part'>
          <View className='sy-tracker__overview'>
            <Text className='sy-tracker__hero sy-tracker__hero--demo'>{DEMO_PLAN_TITLE}</Text>
            <Text className='sy-tracker__note'>{DEMO_PLAN_NOTE}</Text>
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
            <View
              className='sy-tracker__chart-toggle'
              {...roleProps('button')}
              {...keyboardProps(() => setChartOpen((o) => !o))}
              aria-expanded={chartOpen ? 'true' : 'false'}
              onClick={() => setChartOpen((o) => !o)}
            >
              <Text>{chartOpen ? '收起各类平均进度 ▴' : '看各类平均进度 ▾'}</Text>
            </View>
            {chartOpen && (
              <CategoryChart
                rows={overview.byCategory}
                selected={filters.category}
                onSelect={(category) => {
                  setFilters({ category })
                  scrollToSelector(`#${RESULTS_ID}`)
                }}
              />
            )}
          </View>

          <View id={RESULTS_ID} className='sy-tracker__results'>
            <FilterBar
              chosen={chosenLabels(filters)}
              count={`找到 ${found.length} 项`}
              onClear={() => setFilters({ category: undefined, status: undefined })}
            >
              <View className='sy-tracker__filters'>
                <FilterChips
                  label='类别'
                  options={categoryOptions(plan, facets)}
                  value={filters.category}
                  onChange={(category) => setFilters({ category })}
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
            </FilterBar>

            {found.length === 0 ? (
              <EmptyState title='没有符合条件的项目' hint='换个类别或状态试试' />
            ) : (
              <View className='sy-tracker__list'>
                {(paged.shown as readonly DemoListing[]).map((p) => (
                  <DemoCard key={p.id} project={p} now={now} />
                ))}
              </View>
            )}
            <ListMore list={paged} unit='项' />
          </View>
        </View>
      )}
    </PageShell>
  )
}

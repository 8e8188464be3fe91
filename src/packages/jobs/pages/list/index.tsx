import { View, Text } from '@tarojs/components'
import { memo, useMemo, useState } from 'react'
import { JOB_SCHEDULES, JOB_TYPES } from '@/domain/jobs'
import { ActionButton } from '@/components/action-button'
import { EmptyState } from '@/components/empty-state'
import { FilterBar } from '@/components/filter-bar'
import { FilterChips } from '@/components/filter-chips'
import { LinkCard } from '@/components/link-card'
import { ListMore } from '@/components/list-more'
import { PageShell } from '@/components/page-shell'
import { SampleBadge } from '@/components/sample-badge'
import { StatusTag } from '@/components/status-tag'
import {
  JOB_SORTS,
  PAY_COMPARISON_NOTE,
  PAY_BANDS,
  daysLeftLabel,
  countJobs,
  isClosingSoon,
  isJobExpired,
  jobAgeLabel,
  jobFacets,
  jobTypeLabel,
  listJobs,
  payLabel,
  scheduleLabel,
  sortJobs,
  type JobSchedule,
  type JobSort,
  type PayBand,
} from '@/domain/jobs'
import type { ListRecord } from '@/domain/parts'
import { townName } from '@/domain/records'
import { detailPath, listPathWith } from '@/domain/routes'
import { embeddedJobs } from '@/domain/embedded/jobs'
import { useContent, useDomainRecords } from '@/hooks/use-content'
import { useNow } from '@/hooks/use-now'
import { usePagedList } from '@/hooks/use-paged-list'
import { useQueryParam } from '@/hooks/use-query-param'
import { useSharing } from '@/hooks/use-sharing'
import { useStateInAddress } from '@/hooks/use-state-in-address'
import { openRoute } from '@/platform/nav'
import {
  EMPTY_FILTER,
  activeFilters,
  jobFilterQuery,
  jobFiltersFromQuery,
  jobSortFromQuery,
  toJobFilter,
  withoutFilter,
  type JobFilterState,
} from '../../helper'
import './index.scss'

export default function JobsListPage() {
  const { summary } = useContent()
  const records = useDomainRecords('jobs', embeddedJobs)
  const now = useNow()
  const query = {
    town: useQueryParam('town'),
    type: useQueryParam('type'),
    pay: useQueryParam('pay'),
    schedule: useQueryParam('schedule'),
    expired: useQueryParam('expired'),
  }
  const [state, setState] = useState<JobFilterState>(() => jobFiltersFromQuery(query, summary.towns))
  const urlSort = useQueryParam('sort')
  const [sort, setSort] = useState<JobSort>(() => jobSortFromQuery(urlSort))
  const jobs = useMemo(
    () => sortJobs(listJobs(records, toJobFilter(state), now), sort, now),
    [records, state, sort, now],
  )
  const hiddenExpired = useMemo(
    () =>
      state.includeExpired ? 0 : countJobs(records, { ...toJobFilter(state), includeExpired: true }, now) - jobs.length,
    [records, state, now, jobs.length],
  )
  const paged = usePagedList(jobs, JSON.stringify([state, sort]))
  const active = activeFilters(state, summary.towns)
  const set = (patch: Partial<JobFilterState>) => setState((s) => ({ ...s, ...patch }))
  // A forwarded list opens with the filters and order it was sent with (e.g. 太平镇 · 公益岗位).
  const path = listPathWith('jobs', jobFilterQuery(state, sort))
  useSharing({ title: active.length > 0 ? `就业岗位：${active.map((f) => f.label).join(' · ')}` : '就业岗位', path })
  useStateInAddress(path)

  return (
    <PageShell className='sy-jobs' title='就业岗位'>
      <FilterBar
        chosen={[...active.map((f) => f.label), ...(state.includeExpired ? ['含已截止'] : [])]}
        count={`共 ${jobs.length} 个岗位${hiddenExpired > 0 ? `（另有 ${hiddenExpired} 个已截止，未显示）` : ''}`}
        onClear={() => setState(EMPTY_FILTER)}
      >
        <JobFilters records={records} state={state} now={now} towns={summary.towns} set={set} />
      </FilterBar>
      <FilterChips<JobSort>
        label='排序'
        allLabel=''
        options={JOB_SORTS.map((o) => ({ value: o.id, label: o.label }))}
        value={sort}
        onChange={(v) => setSort(v ?? 'newest')}
      />
      {sort === 'pay' && <Text className='sy-jobs__pay-note'>{PAY_COMPARISON_NOTE}</Text>}

      {jobs.length === 0 ? (
        <EmptyState title='没有符合条件的岗位' hint='试试放宽筛选条件：'>
          <View className='sy-jobs__loosen'>
            {active.map((f) => (
              <ActionButton
                key={f.key}
                label={`不限“${f.label}”`}
                onTap={() => setState((s) => withoutFilter(s, f.key))}
              />
            ))}
            {hiddenExpired > 0 && <ActionButton label='显示已截止的岗位' onTap={() => set({ includeExpired: true })} />}
            {active.length > 1 && (
              <ActionButton
                primary
                label='清除筛选'
                onTap={() => setState({ ...EMPTY_FILTER, includeExpired: state.includeExpired })}
              />
            )}
          </View>
        </EmptyState>
      ) : (
        <View className='sy-jobs__list'>
          {paged.shown.map((job) => (
            <JobCard key={job.id} job={job} town={townName(summary, job.townId)} now={now} />
          ))}
          <ListMore list={paged} unit='个岗位' />
        </View>
      )}
    </PageShell>
  )
}

interface JobFiltersProps {
  records: readonly ListRecord<'jobs'>[]
  state: JobFilterState
  now: number
  towns: ReadonlyArray<{ id: string; name: string }>
  set: (patch: Partial<JobFilterState>) => void
}

/** The filter chips with their counts: counted only when the bar is opened (its children are drawn only then). */
function JobFilters({ records, state, now, towns: allTowns, set }: JobFiltersProps) {
  const facets = useMemo(() => jobFacets(records, toJobFilter(state), now), [records, state, now])
  const towns = allTowns.filter((t) => facets.towns[t.id] !== undefined)
  return (
    <>
      <FilterChips
        label='镇街'
        options={towns.map((t) => ({ value: t.id, label: t.name, count: facets.towns[t.id] ?? 0 }))}
        value={state.townId}
        onChange={(townId) => set({ townId })}
      />
      <FilterChips
        label='岗位类型'
        options={JOB_TYPES.map((t) => ({ value: t, label: jobTypeLabel(t), count: facets.types[t] }))}
        value={state.type}
        onChange={(type) => set({ type })}
      />
      <FilterChips<PayBand>
        label='月薪（日薪、时薪按每月22天、每天8小时折算）'
        options={PAY_BANDS.map((b) => ({ value: b.id, label: b.label, count: facets.payRanges[b.id] }))}
        value={state.payBand}
        onChange={(payBand) => set({ payBand })}
      />
      <FilterChips<JobSchedule>
        label='用工形式'
        options={JOB_SCHEDULES.map((s) => ({ value: s, label: scheduleLabel(s), count: facets.schedules[s] }))}
        value={state.schedule}
        onChange={(schedule) => set({ schedule })}
      />
      <FilterChips<'expired'>
        label='已截止的岗位'
        allLabel=''
        options={[{ value: 'expired', label: '显示已截止的岗位' }]}
        value={state.includeExpired ? 'expired' : undefined}
        onChange={(v) => set({ includeExpired: v === 'expired' })}
      />
    </>
  )
}

// Memoised: drawing the next cards of a step leaves the cards already drawn alone.
const JobCard = memo(function DrawJobCard({ job, town, now }: { job: ListRecord<'jobs'>; town: string; now: number }) {
  const expired = isJobExpired(job, now)
  const soon = !expired && isClosingSoon(job, now)
  return (
    <LinkCard
      className={`sy-job ${expired ? 'sy-job--expired' : ''} ${soon ? 'sy-job--soon' : ''}`}
      onTap={() => void openRoute(detailPath('jobs', job.id))}
    >
      <View className='sy-job__top'>
        <Text className='sy-job__title'>
          {job.title}
          <SampleBadge after={job.title} record={{ source: job.source, collection: 'jobs' }} />
        </Text>
        {expired && <StatusTag tone='muted' label='已截止' />}
        {soon && <StatusTag tone='warn' label={daysLeftLabel(job, now)} />}
      </View>
      <Text className='sy-job__pay'>{payLabel(job)}</Text>
      <Text className='sy-job__employer'>{job.employer}</Text>
      <Text className='sy-job__meta'>
        {town} · {jobTypeLabel(job.type)} · {scheduleLabel(job.schedule)}
      </Text>
      <Text className='sy-job__meta'>
        {jobAgeLabel(job, now)}
        {expired || soon ? '' : ` · ${daysLeftLabel(job, now)}`}
      </Text>
    </LinkCard>
  )
})

import { View, Text } from '@tarojs/components'
import { useMemo } from 'react'
import { roleProps } from '@/components/a11y-props'
import { ElderSwitch } from '@/components/elder-switch'
import { PageShell } from '@/components/page-shell'
import { PendingNote } from '@/components/pending-note'
import { QuickGrid, type QuickItem } from '@/components/quick-grid'
import { SampleBadge } from '@/components/sample-badge'
import { formatMonthDayWeek } from '@/domain/date'
import {
  countdownLabel,
  eventStatus,
  datesUnannounced,
  eventsInListOrder,
  occurrenceFor,
  eventStatusLabel,
} from '@/domain/event-timing'
import { jobAgeLabel, openJobsNewestFirst, payLabel } from '@/domain/job-posts'
import { DEMO_PLAN_NOTE, DEMO_PLAN_TITLE } from '@/domain/demo-plan'
import { DOMAIN_LABELS, SOURCE_NAME } from '@/domain/records'
import { detailPath, HOME_SHARE, listPath, SEARCH_PATH } from '@/domain/routes'
import { useContent } from '@/hooks/use-content'
import { useNow } from '@/hooks/use-now'
import { useSharing } from '@/hooks/use-sharing'
import { needRecords } from '@/platform/digest'
import { openRoute } from '@/platform/nav'
import { callPhone } from '@/platform/phone'
import './index.scss'

const SHOWN = 3
/** The domains whose records home lists. */
const HOME_RECORDS = ['events', 'jobs'] as const

function SectionHead({ title, more, onMore }: { title: string; more?: string; onMore?: () => void }) {
  return (
    <View className='sy-home__head'>
      <View className='sy-home__title' role='heading' aria-level={2}>
        <Text>{title}</Text>
      </View>
      {more && (
        <View className='sy-home__more' {...roleProps('link')} onClick={onMore}>
          <Text>{more}</Text>
        </View>
      )}
    </View>
  )
}

export default function HomePage() {
  // The records' summary arrives a moment after start: the tracker and figures show at once, events and jobs then.
  const { summary, pending } = useContent(...HOME_RECORDS)
  const now = useNow()
  useSharing(HOME_SHARE)

  const events = useMemo(
    () =>
      eventsInListOrder(summary.events, now)
        .filter((e) => eventStatus(e, now) !== 'ended' && !datesUnannounced(e))
        .slice(0, SHOWN)
        .map((e) => ({
          event: e,
          status: eventStatusLabel(eventStatus(e, now)),
          when: formatMonthDayWeek(occurrenceFor(e, now).start),
          countdown: countdownLabel(e, now),
        })),
    [summary, now],
  )
  const jobs = useMemo(() => openJobsNewestFirst(summary.jobs, now).slice(0, SHOWN), [summary, now])
  // The tracker's own numbers: trackerFigures of the same records, worked out when the summary was made.
  const tracker = summary.livelihoodTracker
  const overview = tracker.demo
  // The 63 projects are stated once, in the tracker card, not again as a figure beside demo numbers.
  const figures = summary.figures.filter((f) => f.id !== 'livelihood-projects').slice(0, 6)

  const grid: QuickItem[] = [
    {
      key: 'livelihood',
      glyph: '民',
      label: DOMAIN_LABELS.livelihood,
      onTap: () => void openRoute(listPath('livelihood')),
    },
    { key: 'jobs', glyph: '岗', label: DOMAIN_LABELS.jobs, onTap: () => void openRoute(listPath('jobs')) },
    { key: 'events', glyph: '节', label: DOMAIN_LABELS.events, onTap: () => void openRoute(listPath('events')) },
    {
      key: 'attractions',
      glyph: '景',
      label: DOMAIN_LABELS.attractions,
      onTap: () => void openRoute(listPath('attractions')),
    },
    { key: 'policies', glyph: '策', label: DOMAIN_LABELS.policies, onTap: () => void openRoute(listPath('policies')) },
    { key: 'hotline', glyph: '☎', label: '12345热线', hint: '一键拨打', onTap: () => void callPhone('12345') },
  ]

  return (
    <PageShell className='sy-home' title='智慧双阳'>
      <View className='sy-home__hero'>
        <View className='sy-home__name' role='heading' aria-level={1}>
          <Text>智慧双阳</Text>
        </View>
        <Text className='sy-home__tagline'>身边的民生实事、岗位、活动和政策</Text>
      </View>
      <ElderSwitch />
      <View className='sy-home__search' {...roleProps('button')} onClick={() => void openRoute(SEARCH_PATH)}>
        <Text>搜项目、岗位、活动、景点、政策</Text>
      </View>
      <QuickGrid items={grid} />
      <View
        className='sy-home__self-check'
        {...roleProps('link')}
        onClick={() => void openRoute(`${listPath('policies')}?check=1`)}
      >
        <Text>不知道能申请哪些政策？做个自测 ›</Text>
      </View>

      <View className='sy-home__card'>
        <SectionHead title='近期活动' more='全部活动' onMore={() => void openRoute(listPath('events'))} />
        {pending && <PendingNote pending={pending} what='近期活动' onRetry={() => needRecords(HOME_RECORDS)} />}
        {!pending && events.length === 0 && <Text className='sy-home__muted'>近期没有活动安排。</Text>}
        {events.map(({ event, status, when, countdown }) => (
          <View
            key={event.id}
            className='sy-home__row'
            {...roleProps('link')}
            onClick={() => void openRoute(detailPath('events', event.id))}
          >
            <Text className='sy-home__row-title'>
              {event.title}
              <SampleBadge after={event.title} record={{ source: event.source, collection: 'events' }} />
            </Text>
            <Text className='sy-home__row-sub'>
              {status} · {when}
              {countdown ? ` · ${countdown}` : ''} · {event.venue}
            </Text>
          </View>
        ))}
      </View>

      <View className='sy-home__card'>
        <SectionHead title='民生实事' more='逐项查看' onMore={() => void openRoute(listPath('livelihood'))} />
        <Text className='sy-home__statement'>
          {`${tracker.statement.year}年，${SOURCE_NAME}原文：「${tracker.statement.quote}」。总结没有逐项列出；它写到的民生相关工作收录了 ${tracker.reported.total} 项，按原文写的进展列出。`}
        </Text>
        <View className='sy-home__demo'>
          <Text className='sy-home__demo-title'>{`${DEMO_PLAN_TITLE}：${overview.total} 个虚构项目`}</Text>
          <View className='sy-home__stats'>
            <View className='sy-home__stat'>
              <Text className='sy-home__stat-value'>{overview.byStatus.done}</Text>
              <Text className='sy-home__stat-label'>已完成</Text>
            </View>
            <View className='sy-home__stat'>
              <Text className='sy-home__stat-value'>{overview.byStatus['in-progress']}</Text>
              <Text className='sy-home__stat-label'>推进中</Text>
            </View>
            <View className='sy-home__stat'>
              <Text className='sy-home__stat-value'>{overview.byStatus['not-started']}</Text>
              <Text className='sy-home__stat-label'>未开工</Text>
            </View>
          </View>
          <View
            className='sy-home__bar'
            role='progressbar'
            aria-valuenow={overview.averageProgress}
            aria-valuemin={0}
            aria-valuemax={100}
            ariaLabel={`演示计划平均进度 ${overview.averageProgress}%`}
          >
            <View className='sy-home__bar-fill' style={{ width: `${overview.averageProgress}%` }} />
          </View>
          <Text className='sy-home__muted'>{`演示计划平均进度 ${overview.averageProgress}%。${DEMO_PLAN_NOTE}`}</Text>
        </View>
      </View>

      <View className='sy-home__card'>
        <SectionHead title='最新岗位' more='全部岗位' onMore={() => void openRoute(listPath('jobs'))} />
        {pending && <PendingNote pending={pending} what='最新岗位' onRetry={() => needRecords(HOME_RECORDS)} />}
        {!pending && jobs.length === 0 && <Text className='sy-home__muted'>暂时没有在招的岗位。</Text>}
        {jobs.map((job) => (
          <View
            key={job.id}
            className='sy-home__row'
            {...roleProps('link')}
            onClick={() => void openRoute(detailPath('jobs', job.id))}
          >
            <Text className='sy-home__row-title'>
              {job.title}
              <SampleBadge after={job.title} record={{ source: job.source, collection: 'jobs' }} />
            </Text>
            <Text className='sy-home__row-sub'>
              {job.employer} · {payLabel(job)} · {jobAgeLabel(job, now)}
            </Text>
          </View>
        ))}
      </View>

      <View className='sy-home__card'>
        <SectionHead title='双阳的2022年' />
        <View className='sy-home__figures'>
          {figures.map((f) => (
            <View key={f.id} className='sy-home__figure'>
              <Text className='sy-home__figure-value'>
                {f.value}
                <Text className='sy-home__figure-unit'>{f.unit}</Text>
              </Text>
              <Text className='sy-home__figure-label'>{`${f.year}年${f.label}`}</Text>
            </View>
          ))}
        </View>
        <Text className='sy-home__source'>{`来源：${SOURCE_NAME}，数字为原文所载。`}</Text>
      </View>
    </PageShell>
  )
}

import { View, Text } from '@tarojs/components'
import { memo, useMemo, useState } from 'react'
import type { ListRecord } from '@/domain/parts'
import { ActionButton } from '@/components/action-button'
import { EmptyState } from '@/components/empty-state'
import { FilterBar } from '@/components/filter-bar'
import { MonthCalendar } from '@/components/month-calendar'
import { LinkCard } from '@/components/link-card'
import { ListMore } from '@/components/list-more'
import { PageShell } from '@/components/page-shell'
import { SampleBadge } from '@/components/sample-badge'
import { StatusTag } from '@/components/status-tag'
import {
  calendarMarks,
  calendarStarts,
  countdownLabel,
  DATES_UNANNOUNCED,
  datesUnannounced,
  eventStatus,
  groupByMonth,
  listEvents,
  occurrenceFor,
  eventStatusLabel,
} from '@/domain/events'
import { dayKey, monthOf, shortSpanLabel, stepMonth, todayIn, type YearMonth } from '@/domain/date-calendar'
import { detailPath, listPathWith } from '@/domain/routes'
import { embeddedEvents } from '@/domain/embedded/events'
import { useDomainRecords } from '@/hooks/use-content'
import { useNow } from '@/hooks/use-now'
import { usePagedList } from '@/hooks/use-paged-list'
import { useQueryParam } from '@/hooks/use-query-param'
import { useSharing } from '@/hooks/use-sharing'
import { useStateInAddress } from '@/hooks/use-state-in-address'
import { openRoute } from '@/platform/nav'
import { STATUS_TONES, dayFromQuery, eventsShare, monthFromQuery } from '../../helper'
import './index.scss'

export default function EventsListPage() {
  const all = useDomainRecords('events', embeddedEvents)
  // Real festivals whose dates nobody has announced stay out of the calendar and the months.
  const records = useMemo(() => all.filter((e) => !datesUnannounced(e)), [all])
  const unannounced = useMemo(() => all.filter(datesUnannounced), [all])
  const now = useNow()
  const urlMonth = monthFromQuery(useQueryParam('month'))
  const urlDay = useQueryParam('day')
  const [view, setView] = useState<YearMonth>(() => urlMonth ?? monthOf(now))
  const [day, setDay] = useState<number | undefined>(() => (urlMonth ? dayFromQuery(urlDay, urlMonth) : undefined))
  const shared = eventsShare(view, day)
  // The plain list (this month, no day) shares as itself; a chosen month or day travels in the link.
  const plain = day === undefined && view.year === monthOf(now).year && view.month === monthOf(now).month
  const path = plain ? listPathWith('events', []) : listPathWith('events', shared.query)
  useSharing({ title: plain ? '节庆活动' : shared.title, path })
  useStateInAddress(path)
  const [showEnded, setShowEnded] = useState(false)

  const onDay = useMemo(
    () => (day === undefined ? [] : listEvents(records, { day: dayKey(view, day) }, now)),
    [records, view, day, now],
  )
  const upcomingEvents = useMemo(
    () => listEvents(records, {}, now).filter((e) => eventStatus(e, now) !== 'ended'),
    [records, now],
  )
  const upcoming = upcomingEvents.length
  const ended = useMemo(() => listEvents(records, { status: 'ended' }, now), [records, now])
  // One list drawn in steps: a chosen day's events, or 日期待公布, the months ahead and (when asked for) the
  // ended ones, in that order. Showing the ended ones adds to the list without starting it again.
  const paged = usePagedList(
    day !== undefined ? onDay : [...unannounced, ...upcomingEvents, ...(showEnded ? ended : [])],
    day === undefined ? '' : `${view.year}-${view.month}-${day}`,
  )
  const drawn = paged.shown.length
  const shownUnannounced = day === undefined ? paged.shown.slice(0, unannounced.length) : []
  const groups = useMemo(
    () =>
      groupByMonth(day === undefined ? paged.shown.slice(unannounced.length, unannounced.length + upcoming) : [], now),
    [paged.shown, day, unannounced.length, upcoming, now],
  )
  const shownEnded = day === undefined ? paged.shown.slice(unannounced.length + upcoming) : []
  const upcomingDrawn = drawn >= unannounced.length + upcoming
  const moveMonth = (delta: number) => {
    setView((v) => stepMonth(v, delta))
    setDay(undefined)
  }

  return (
    <PageShell className='sy-events' title='节庆活动'>
      <FilterBar
        label='日期'
        noneLabel='近期全部'
        chosen={day === undefined ? [] : [`${view.month}月${day}日`]}
        count={
          day === undefined
            ? `共 ${unannounced.length + upcoming} 场未结束的活动`
            : `${view.month}月${day}日 ${onDay.length} 场活动`
        }
        onClear={() => setDay(undefined)}
        defaultOpen={urlMonth !== undefined}
      >
        <EventCalendar records={records} view={view} day={day} now={now} onMove={moveMonth} onSelect={setDay} />
      </FilterBar>

      {day !== undefined ? (
        <View className='sy-events__group'>
          <Text className='sy-events__heading'>
            {view.month}月{day}日的活动
          </Text>
          {onDay.length === 0 ? (
            <EmptyState title='这一天没有活动' />
          ) : (
            paged.shown.map((e) => <EventCard key={e.id} event={e} now={now} />)
          )}
          <ListMore list={paged} unit='场活动' />
          <ActionButton label='看看全部活动' onTap={() => setDay(undefined)} />
        </View>
      ) : (
        <View>
          {shownUnannounced.length > 0 && (
            <View className='sy-events__group'>
              <Text className='sy-events__heading'>日期待公布</Text>
              {shownUnannounced.map((e) => (
                <EventCard key={e.id} event={e} now={now} />
              ))}
            </View>
          )}
          {upcoming === 0 && <EmptyState title='近期没有活动' hint='可以看看往期活动，或过些天再来。' />}
          {groups.map((g) => (
            <View key={g.month} className='sy-events__group'>
              <Text className='sy-events__heading'>{g.label}</Text>
              {g.events.map((e) => (
                <EventCard key={e.id} event={e} now={now} />
              ))}
            </View>
          ))}
          {!upcomingDrawn && <ListMore list={paged} unit='场活动' />}
          {ended.length > 0 && upcomingDrawn && (
            <View className='sy-events__group'>
              <ActionButton
                label={showEnded ? '收起已结束的活动' : `显示已结束的活动（${ended.length}）`}
                onTap={() => setShowEnded((v) => !v)}
              />
              {shownEnded.map((e) => (
                <EventCard key={e.id} event={e} now={now} />
              ))}
              {showEnded && <ListMore list={paged} unit='场活动' />}
            </View>
          )}
        </View>
      )}
    </PageShell>
  )
}

interface EventCalendarProps {
  records: readonly ListRecord<'events'>[]
  view: YearMonth
  day: number | undefined
  now: number
  onMove: (delta: number) => void
  onSelect: (day: number | undefined) => void
}

/** The month's calendar and its hint: worked out only when the date bar is opened (its children are drawn only then). */
function EventCalendar({ records, view, day, now, onMove, onSelect }: EventCalendarProps) {
  const marks = useMemo(() => calendarMarks(records, view.year, view.month, now), [records, view, now])
  const starts = useMemo(() => calendarStarts(records, view.year, view.month, now), [records, view, now])
  return (
    <>
      <MonthCalendar
        year={view.year}
        month={view.month}
        marked={marks}
        starts={starts}
        selected={day}
        today={todayIn(view, now)}
        onPrev={() => onMove(-1)}
        onNext={() => onMove(1)}
        onSelect={onSelect}
      />
      <Text className='sy-events__hint'>
        {marks.length > 0
          ? '标“开始”的日子有活动开始，浅色的日子有活动在进行；点一下看当天的活动'
          : `${view.year}年${view.month}月暂无活动`}
      </Text>
    </>
  )
}

// Memoised: drawing the next cards of a step leaves the cards already drawn alone.
const EventCard = memo(function DrawEventCard({ event, now }: { event: ListRecord<'events'>; now: number }) {
  if (datesUnannounced(event)) {
    return (
      <LinkCard className='sy-event-card' onTap={() => void openRoute(detailPath('events', event.id))}>
        <Text className='sy-event-card__title'>{event.title}</Text>
        <View className='sy-event-card__status'>
          <StatusTag tone='muted' label='日期待公布' />
        </View>
        <Text className='sy-event-card__meta'>{DATES_UNANNOUNCED}</Text>
        <Text className='sy-event-card__meta'>
          {event.category} · {event.venue}
        </Text>
      </LinkCard>
    )
  }
  const occurrence = occurrenceFor(event, now)
  const status = eventStatus(event, now)
  const countdown = countdownLabel(event, now)
  return (
    <LinkCard className='sy-event-card' onTap={() => void openRoute(detailPath('events', event.id))}>
      <Text className='sy-event-card__title'>
        {event.title}
        <SampleBadge after={event.title} record={{ source: event.source, collection: 'events' }} />
      </Text>
      <View className='sy-event-card__status'>
        <StatusTag tone={STATUS_TONES[status]} label={eventStatusLabel(status)} />
        {countdown && <Text className='sy-event-card__countdown'>{countdown}</Text>}
        {event.recurrence === 'annual' && <Text className='sy-event-card__meta'>每年举办</Text>}
      </View>
      <Text className='sy-event-card__meta'>
        {event.recurrence === 'annual' && status === 'upcoming' ? '下一届 ' : ''}
        {shortSpanLabel(occurrence)}
      </Text>
      <Text className='sy-event-card__meta'>
        {event.category} · {event.venue}
      </Text>
    </LinkCard>
  )
})

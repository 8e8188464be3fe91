import { View, Text } from '@tarojs/components'
import { ActionButton } from '@/components/action-button'
import { PhoneAction } from '@/components/phone-action'
import { FactList } from '@/components/fact-list'
import { FavouriteButton } from '@/components/favourite-button'
import { InfoSection } from '@/components/info-section'
import { MissingRecordPage } from '@/components/pending-page'
import { LinkCard } from '@/components/link-card'
import { PageShell } from '@/components/page-shell'
import { ReadAloudButton } from '@/components/read-aloud-button'
import { part, readAloudText, sampleNote, sentence } from '@/domain/read-aloud'
import { SampleBadge } from '@/components/sample-badge'
import { ShareBar } from '@/components/share-bar'
import { SourceNote } from '@/components/source-note'
import { StatusTag } from '@/components/status-tag'
import { spanLabel } from '@/domain/date-calendar'
import {
  countdownLabel,
  DATES_UNANNOUNCED,
  datesUnannounced,
  eventStatus,
  occurrenceFor,
  eventStatusLabel,
} from '@/domain/events'
import { phoneText } from '@/domain/phones'
import { byId, mapButtonLabel, needsSampleBadge, shownSource, townName } from '@/domain/records'
import { detailPath } from '@/domain/routes'
import { embeddedEvents } from '@/domain/embedded/events'
import { linkedAttractionOf } from '@/domain/parts'
import { useDetailRecord } from '@/hooks/use-detail-record'
import { addEventToCalendar } from '@/platform/calendar'
import { IS_H5 } from '@/platform/env'
import { openMap } from '@/platform/map'
import { openRoute } from '@/platform/nav'
import { STATUS_TONES } from '../../helper'
import './index.scss'

/** A festival's sample dates, left off its page while nobody has announced them. */
const UNANNOUNCED_FIELDS = ['recurrence', 'start', 'end']

export default function EventDetailPage() {
  const {
    listed,
    record: event,
    pending,
    retry,
    summary,
    now,
  } = useDetailRecord('events', embeddedEvents, (r) => r.title)
  if (!event) {
    return (
      <MissingRecordPage
        domain='events'
        className='sy-event'
        listed={
          listed && {
            title: listed.title,
            record: {
              source: shownSource(listed.source, datesUnannounced(listed) ? UNANNOUNCED_FIELDS : []),
              collection: 'events',
            },
          }
        }
        pending={pending}
        onRetry={retry}
      />
    )
  }
  const occurrence = occurrenceFor(event, now)
  const status = eventStatus(event, now)
  const countdown = countdownLabel(event, now)
  // From the event's part (the embedded content), else the summary of a pack from the content URL.
  const attraction =
    linkedAttractionOf(event) ?? (event.attractionId ? byId(summary.attractions, event.attractionId) : undefined)
  const location = event.location
  // A real festival whose dates nobody has announced: no dates, countdown, town or calendar entry shown as fact.
  const unannounced = datesUnannounced(event)
  // Its sample dates are not on the page, so its notes do not name them.
  const source = shownSource(event.source, unannounced ? UNANNOUNCED_FIELDS : [])
  const when = event.recurrence === 'annual' ? (status === 'ongoing' ? '本届' : '下一届') : '时间'
  const statusText = unannounced ? '日期待公布' : eventStatusLabel(status)
  const timeLabel = unannounced ? '时间' : when
  const timeText = unannounced ? DATES_UNANNOUNCED : spanLabel(occurrence)

  return (
    <PageShell className='sy-event' title={event.title} record={{ source, collection: 'events' }}>
      <View className='sy-event__head'>
        <Text className='sy-event__title'>
          {event.title}
          <SampleBadge after={event.title} record={{ source, collection: 'events' }} />
        </Text>
        <View className='sy-event__status'>
          <StatusTag tone={unannounced ? 'muted' : STATUS_TONES[status]} label={statusText} />
          {countdown && !unannounced && <Text className='sy-event__countdown'>{countdown}</Text>}
        </View>
        <Text className='sy-event__meta'>
          {unannounced
            ? event.category
            : `${event.category}${event.recurrence === 'annual' ? ' · 每年举办' : ''} · ${townName(summary, event.townId)}`}
        </Text>
        <Text className='sy-event__summary'>{event.summary}</Text>
        <ReadAloudButton
          text={readAloudText([
            sentence(event.title),
            sentence(statusText),
            sentence(event.summary),
            part('时间地点', [`${timeLabel}：${timeText}`, event.venue, event.address]),
            part('门票', [event.price]),
            sampleNote(source),
          ])}
        />
      </View>

      <InfoSection title='时间地点'>
        <FactList
          facts={[
            {
              label: timeLabel,
              value: timeText,
              sample: !unannounced && needsSampleBadge(source, 'start'),
            },
            { label: '场地', value: event.venue },
            ...(event.address
              ? [{ label: '地址', value: event.address, sample: needsSampleBadge(source, 'address') }]
              : []),
            { label: '门票', value: event.price, sample: needsSampleBadge(source, 'price') },
            ...(event.contact
              ? [
                  {
                    label: '咨询',
                    value: `${event.contact.name} ${phoneText(event.contact.phone)}`,
                    sample: needsSampleBadge(source, 'contact'),
                  },
                ]
              : []),
          ]}
        />
        <View className='sy-event__actions'>
          {status !== 'ended' && !unannounced && (
            <ActionButton
              primary
              label='添加到日历'
              detail={IS_H5 ? '存到手机日历' : undefined}
              onTap={() => void addEventToCalendar(event, occurrence, { now: Date.now() })}
            />
          )}
          {location && (
            <ActionButton
              label={mapButtonLabel(event.source)}
              detail={event.venue}
              onTap={() =>
                void openMap({ lat: location.lat, lng: location.lng, name: event.venue, address: event.address })
              }
            />
          )}
          {event.contact && <PhoneAction label='拨打咨询电话' phone={event.contact.phone} />}
        </View>
      </InfoSection>

      {event.highlights.length > 0 && (
        <InfoSection title='活动亮点' items={event.highlights} sample={needsSampleBadge(source, 'highlights')} />
      )}
      {event.schedule.length > 0 && (
        <InfoSection title='日程安排' sample={needsSampleBadge(source, 'schedule')}>
          <FactList facts={event.schedule.map((s) => ({ label: s.when, value: s.what }))} />
        </InfoSection>
      )}
      {attraction && (
        <InfoSection title='相关景点'>
          <LinkCard className='sy-event__link' onTap={() => void openRoute(detailPath('attractions', attraction.id))}>
            <Text className='sy-event__link-title'>{attraction.name} ›</Text>
            <Text className='sy-event__meta'>{attraction.summary}</Text>
          </LinkCard>
        </InfoSection>
      )}
      <View className='sy-event__actions'>
        <FavouriteButton domain='events' id={event.id} title={event.title} />
        <ShareBar title={event.title} record={{ source, collection: 'events' }} />
      </View>
      <SourceNote source={source} collection='events' />
    </PageShell>
  )
}

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
import { hoursSummary, isOpenAt, LOCATION_UNKNOWN } from '@/domain/attractions'
import { countdownLabel, eventStatus, occurrenceFor, eventStatusLabel } from '@/domain/events'
import { formatDate } from '@/domain/date'
import { phoneText } from '@/domain/phones'
import { mapButtonLabel, needsSampleBadge, townName } from '@/domain/records'
import { detailPath } from '@/domain/routes'
import { embeddedAttractions } from '@/domain/embedded/attractions'
import { useDetailRecord } from '@/hooks/use-detail-record'
import { openMap } from '@/platform/map'
import { openRoute } from '@/platform/nav'
import { eventsAt, openLine, openTone } from '../../helper'
import './index.scss'

export default function AttractionDetailPage() {
  const {
    listed,
    record: attraction,
    pending,
    retry,
    summary,
    now,
  } = useDetailRecord('attractions', embeddedAttractions, (r) => r.name, ['events'])
  if (!attraction) {
    return (
      <MissingRecordPage
        domain='attractions'
        className='sy-attraction'
        listed={listed && { title: listed.name, record: { source: listed.source, collection: 'attractions' } }}
        pending={pending}
        onRetry={retry}
      />
    )
  }
  const { source, location, phone } = attraction
  const state = isOpenAt(attraction, now)
  const hours = hoursSummary(attraction)
  const events = eventsAt(summary.events, attraction.id, now)

  return (
    <PageShell className='sy-attraction' title={attraction.name} record={{ source, collection: 'attractions' }}>
      <View className='sy-attraction__head'>
        <Text className='sy-attraction__title'>
          {attraction.name}
          <SampleBadge after={attraction.name} record={{ source, collection: 'attractions' }} />
        </Text>
        <View className='sy-attraction__row'>
          <StatusTag tone={openTone(state)} label={state.label} />
          <Text className='sy-attraction__meta'>
            {state.label === '以现场公布为准' ? openLine(state) : `现在${openLine(state)}`}
          </Text>
        </View>
        <Text className='sy-attraction__meta'>
          {attraction.townId
            ? `${townName(summary, attraction.townId)} · ${attraction.tags.join(' · ')}`
            : attraction.tags.join(' · ')}
          {needsSampleBadge(source, 'tags') && <SampleBadge />}
        </Text>
        <Text className='sy-attraction__summary'>{attraction.summary}</Text>
        <ReadAloudButton
          text={readAloudText([
            sentence(attraction.name),
            sentence(`现在${openLine(state)}`),
            sentence(attraction.summary),
            part('景点介绍', attraction.description),
            part('开放时间', [...hours, attraction.hoursNote]),
            part('门票', [attraction.price]),
            part('地址', [attraction.address ?? LOCATION_UNKNOWN]),
            sampleNote(source),
          ])}
        />
      </View>

      <InfoSection title='景点介绍' paragraphs={attraction.description} />
      <InfoSection title='开放时间' sample={needsSampleBadge(source, 'hours')}>
        <FactList
          facts={
            !attraction.hours || attraction.hours.length === 0
              ? [{ label: '开放时间', value: hours[0] ?? '全天开放' }]
              : attraction.hours.map((season, i) => ({ label: season.label, value: hours[i] ?? '' }))
          }
        />
        {attraction.hoursNote && <Text className='sy-attraction__note'>{attraction.hoursNote}</Text>}
      </InfoSection>
      <InfoSection title='游玩信息'>
        <FactList
          facts={[
            {
              label: '门票',
              value:
                attraction.free && !attraction.price.includes('免费')
                  ? `免费（${attraction.price}）`
                  : attraction.price,
              sample: needsSampleBadge(source, 'price'),
            },
            { label: '最佳季节', value: attraction.bestSeason, sample: needsSampleBadge(source, 'bestSeason') },
            ...(attraction.address
              ? [{ label: '地址', value: attraction.address, sample: needsSampleBadge(source, 'address') }]
              : []),
            ...(phone ? [{ label: '电话', value: phoneText(phone), sample: needsSampleBadge(source, 'phone') }] : []),
          ]}
        />
        <View className='sy-attraction__actions'>
          {!location ? (
            <Text className='sy-attraction__note'>{LOCATION_UNKNOWN}</Text>
          ) : (
            <ActionButton
              primary
              label={mapButtonLabel(source)}
              detail={attraction.address}
              onTap={() =>
                void openMap({
                  lat: location.lat,
                  lng: location.lng,
                  name: attraction.name,
                  address: attraction.address,
                })
              }
            />
          )}
          {phone && <PhoneAction phone={phone} />}
        </View>
      </InfoSection>
      {events.length > 0 && (
        <InfoSection title='在这里举办的活动'>
          <View className='sy-attraction__events'>
            {events.map((e) => {
              const status = eventStatus(e, now)
              const countdown = countdownLabel(e, now)
              return (
                <LinkCard
                  key={e.id}
                  className='sy-attraction__event'
                  onTap={() => void openRoute(detailPath('events', e.id))}
                >
                  <Text className='sy-attraction__event-title'>{e.title} ›</Text>
                  <Text className='sy-attraction__meta'>
                    {eventStatusLabel(status)}
                    {countdown ? ` · ${countdown}` : ''} · {formatDate(occurrenceFor(e, now).start)}
                  </Text>
                </LinkCard>
              )
            })}
          </View>
        </InfoSection>
      )}
      <View className='sy-attraction__actions'>
        <FavouriteButton domain='attractions' id={attraction.id} title={attraction.name} />
        <ShareBar title={attraction.name} record={{ source, collection: 'attractions' }} />
      </View>
      <SourceNote source={source} collection='attractions' />
    </PageShell>
  )
}

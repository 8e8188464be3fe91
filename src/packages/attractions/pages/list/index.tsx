import { View, Text } from '@tarojs/components'
import { memo, useMemo, useState } from 'react'
import type { ListRecord } from '@/domain/parts'
import { ActionButton } from '@/components/action-button'
import { EmptyState } from '@/components/empty-state'
import { FilterBar } from '@/components/filter-bar'
import { FilterChips } from '@/components/filter-chips'
import { LinkCard } from '@/components/link-card'
import { ListMore } from '@/components/list-more'
import { PageShell } from '@/components/page-shell'
import { SampleBadge } from '@/components/sample-badge'
import { needsSampleBadge } from '@/domain/records'
import { StatusTag } from '@/components/status-tag'
import { attractionTags, isOpenAt, listAttractions } from '@/domain/attractions'
import { detailPath, listPathWith } from '@/domain/routes'
import { embeddedAttractions } from '@/domain/embedded/attractions'
import { useDomainRecords } from '@/hooks/use-content'
import { useNow } from '@/hooks/use-now'
import { usePagedList } from '@/hooks/use-paged-list'
import { useQueryParam } from '@/hooks/use-query-param'
import { useSharing } from '@/hooks/use-sharing'
import { useStateInAddress } from '@/hooks/use-state-in-address'
import { openRoute } from '@/platform/nav'
import { openTag, openTone, priceLine } from '../../helper'
import './index.scss'

const FREE_TAG = '免费'

export default function AttractionsListPage() {
  const records = useDomainRecords('attractions', embeddedAttractions)
  const now = useNow()
  // 免费 is its own switch below, not one of the tags.
  const tags = useMemo(() => attractionTags(records).filter((t) => t.tag !== FREE_TAG), [records])
  // A link (share or deep link) may name a tag (?tag=亲子) and free entry (?free=1); unknown tags are dropped.
  const urlTag = useQueryParam('tag')
  const urlFree = useQueryParam('free') === '1'
  const [tag, setTag] = useState<string | undefined>(() => (tags.some((t) => t.tag === urlTag) ? urlTag : undefined))
  const [freeOnly, setFreeOnly] = useState(urlFree)
  const chosen = [tag, freeOnly ? FREE_TAG : undefined].filter((c): c is string => !!c)
  const path = listPathWith('attractions', [
    ['tag', tag],
    ['free', freeOnly],
  ])
  useSharing({ title: chosen.length > 0 ? `景点：${chosen.join(' · ')}` : '景点', path })
  useStateInAddress(path)
  const shown = useMemo(() => listAttractions(records, { tag, freeOnly }), [records, tag, freeOnly])
  const paged = usePagedList(shown, `${tag ?? ''}|${freeOnly}`)

  return (
    <PageShell className='sy-attractions' title='景点'>
      <FilterBar
        chosen={chosen}
        count={`共 ${shown.length} 个景点`}
        onClear={() => {
          setTag(undefined)
          setFreeOnly(false)
        }}
      >
        <FilterChips
          label='玩法'
          options={tags.map((t) => ({ value: t.tag, label: t.tag, count: t.count }))}
          value={tag}
          onChange={setTag}
        />
        <FilterChips<'free'>
          label='门票'
          allLabel='不限'
          options={[{ value: 'free', label: '只看免费' }]}
          value={freeOnly ? 'free' : undefined}
          onChange={(v) => setFreeOnly(v === 'free')}
        />
      </FilterBar>
      {shown.length === 0 ? (
        <EmptyState title='没有符合条件的景点' hint='试试放宽筛选条件。'>
          <ActionButton
            label='清除筛选'
            onTap={() => {
              setTag(undefined)
              setFreeOnly(false)
            }}
          />
        </EmptyState>
      ) : (
        <View className='sy-attractions__list'>
          {paged.shown.map((a) => (
            <AttractionCard key={a.id} attraction={a} now={now} />
          ))}
          <ListMore list={paged} unit='个景点' />
        </View>
      )}
    </PageShell>
  )
}

// Memoised: drawing the next cards of a step leaves the cards already drawn alone.
const AttractionCard = memo(function DrawAttractionCard({
  attraction,
  now,
}: {
  attraction: ListRecord<'attractions'>
  now: number
}) {
  const state = isOpenAt(attraction, now)
  return (
    <LinkCard className='sy-attraction-card' onTap={() => void openRoute(detailPath('attractions', attraction.id))}>
      <Text className='sy-attraction-card__title'>
        {attraction.name}
        <SampleBadge after={attraction.name} record={{ source: attraction.source, collection: 'attractions' }} />
      </Text>
      <View className='sy-attraction-card__row'>
        <StatusTag tone={openTone(state)} label={openTag(state)} />
        {(state.closesAt ?? state.opensAt) && (
          <Text className='sy-attraction-card__meta'>{state.closesAt ?? state.opensAt}</Text>
        )}
      </View>
      <Text className='sy-attraction-card__summary'>{attraction.summary}</Text>
      <Text className='sy-attraction-card__meta'>
        {priceLine(attraction)}
        {(needsSampleBadge(attraction.source, 'free') || needsSampleBadge(attraction.source, 'price')) && (
          <SampleBadge />
        )}
        {` · ${attraction.tags.filter((t) => t !== FREE_TAG).join(' · ')}`}
        {needsSampleBadge(attraction.source, 'tags') && <SampleBadge />}
      </Text>
    </LinkCard>
  )
})

import { View, Text } from '@tarojs/components'
import { useMemo } from 'react'
import { ActionButton } from '@/components/action-button'
import { CallList } from '@/components/call-list'
import { FavouriteButton } from '@/components/favourite-button'
import { InfoSection } from '@/components/info-section'
import { MissingRecordPage } from '@/components/pending-page'
import { PageShell } from '@/components/page-shell'
import { ReadAloudButton } from '@/components/read-aloud-button'
import { FullServiceOnly } from '@/components/full-service-only'
import { SampleBadge } from '@/components/sample-badge'
import { ShareBar } from '@/components/share-bar'
import { SourceNote } from '@/components/source-note'
import { formatDate } from '@/domain/date'
import { policyReadAloudText } from '@/domain/policies'
import { listPath } from '@/domain/routes'
import { embeddedPolicies } from '@/domain/embedded/policies'
import { useDetailRecord } from '@/hooks/use-detail-record'
import { openRoute } from '@/platform/nav'
import './index.scss'

export default function PolicyDetailPage() {
  const {
    listed,
    record: policy,
    pending,
    retry,
  } = useDetailRecord('policies', embeddedPolicies, (r) => `惠民政策：${r.title}`)
  const readAloud = useMemo(() => (policy ? policyReadAloudText(policy) : ''), [policy])

  if (!policy) {
    return (
      <MissingRecordPage
        domain='policies'
        className='sy-policy'
        listed={listed && { title: listed.title, record: { source: listed.source, collection: 'policies' } }}
        pending={pending}
        onRetry={retry}
      />
    )
  }

  // Guidance written for the demo is said once, under the summary, not badged section by section.
  const guide =
    policy.source.kind === 'sample' || (policy.source.kind === 'cited' && (policy.source.sampleFields ?? []).length > 0)

  return (
    <PageShell className='sy-policy' title={policy.title} record={{ source: policy.source, collection: 'policies' }}>
      <View className='sy-policy__head'>
        <Text className='sy-policy__category'>{policy.category}</Text>
        <Text className='sy-policy__title'>
          {policy.title}
          <SampleBadge after={policy.title} record={{ source: policy.source, collection: 'policies' }} />
        </Text>
        <Text className='sy-policy__summary'>{policy.summary}</Text>
        {guide && (
          <Text className='sy-policy__guide'>
            本页办事指引为一般性说明，以当地当年公布为准；办事前可先打 12345 问清楚。
          </Text>
        )}
        <ReadAloudButton text={readAloud} />
      </View>

      <InfoSection title='谁能申请' items={policy.whoQualifies} />
      <InfoSection title='要带什么' items={policy.whatToBring} />
      <InfoSection title='去哪里办' items={policy.whereToGo} />
      <InfoSection title='打电话问'>
        <CallList contacts={policy.whomToCall} />
      </InfoSection>
      {(policy.sections ?? []).map((s, i) => (
        <InfoSection key={`${s.heading}-${i}`} title={s.heading} paragraphs={s.paragraphs} items={s.items} />
      ))}
      {policy.links && policy.links.length > 0 && (
        <InfoSection title='官方网站'>
          {policy.links.map((l) => (
            <View key={l.url} className='sy-policy__link'>
              <Text className='sy-policy__link-title'>{l.title}</Text>
              <Text className='sy-policy__link-url'>{l.url}</Text>
            </View>
          ))}
        </InfoSection>
      )}

      <Text className='sy-policy__reviewed'>
        {`本页内容整理于 ${formatDate(policy.reviewedAt)}，具体以当地公布为准`}
      </Text>

      <SourceNote source={policy.source} collection='policies' />

      <View className='sy-policy__actions'>
        <FullServiceOnly>
          <ActionButton label='我能申请吗？做个自测' onTap={() => void openRoute(`${listPath('policies')}?check=1`)} />
        </FullServiceOnly>
        <FavouriteButton domain='policies' id={policy.id} title={policy.title} />
        <ShareBar title={policy.title} record={{ source: policy.source, collection: 'policies' }} />
      </View>
    </PageShell>
  )
}

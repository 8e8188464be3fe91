import { View, Text } from '@tarojs/components'
import { ActionButton } from '@/components/action-button'
import { PhoneAction } from '@/components/phone-action'
import { FactList } from '@/components/fact-list'
import { FavouriteButton } from '@/components/favourite-button'
import { InfoSection } from '@/components/info-section'
import { LinkCard } from '@/components/link-card'
import { MissingRecordPage } from '@/components/pending-page'
import { PageShell } from '@/components/page-shell'
import { ReadAloudButton } from '@/components/read-aloud-button'
import { part, readAloudText, sampleNote, sentence } from '@/domain/read-aloud'
import { SampleBadge } from '@/components/sample-badge'
import { ShareBar } from '@/components/share-bar'
import { SourceNote } from '@/components/source-note'
import { StatusTag } from '@/components/status-tag'
import { formatDate } from '@/domain/date'
import {
  applyGuide,
  daysLeftLabel,
  EMPLOYMENT_HOTLINE,
  EMPLOYMENT_POLICY_CATEGORY,
  isJobExpired,
  jobAgeLabel,
  jobTypeLabel,
  listJobs,
  payLabel,
  scheduleLabel,
} from '@/domain/jobs'
import { isDemoPhone } from '@/domain/phones'
import { mapButtonLabel, townName } from '@/domain/records'
import { detailPath, listPathWith } from '@/domain/routes'
import { embeddedJobs } from '@/domain/embedded/jobs'
import { useDetailRecord } from '@/hooks/use-detail-record'
import { openMap } from '@/platform/map'
import { openRoute } from '@/platform/nav'
import { copyText } from '@/platform/copy'
import { contactLine } from '../../helper'
import './index.scss'

/** Employment policies linked from a post; more than this and the rest are one tap away in the policy list. */
const HELP_POLICIES_SHOWN = 4

export default function JobDetailPage() {
  const {
    listed,
    record: job,
    pending,
    retry,
    records,
    summary,
    now,
  } = useDetailRecord('jobs', embeddedJobs, (r) => `${r.title}｜${payLabel(r)}`, ['policies'])
  if (!job) {
    return (
      <MissingRecordPage
        domain='jobs'
        className='sy-job-detail'
        listed={listed && { title: listed.title, record: { source: listed.source, collection: 'jobs' } }}
        pending={pending}
        onRetry={retry}
      />
    )
  }
  const expired = isJobExpired(job, now)
  const town = townName(summary, job.townId)
  const location = job.location
  const guide = applyGuide(job)
  const helpPolicies = summary.policies.filter((p) => p.category === EMPLOYMENT_POLICY_CATEGORY)
  const nearby = listJobs(records, { townId: job.townId }, now)
    .filter((j) => j.id !== job.id)
    .slice(0, 3)
  return (
    <PageShell className='sy-job-detail' title={job.title} record={{ source: job.source, collection: 'jobs' }}>
      <View className='sy-job-detail__head'>
        <Text className='sy-job-detail__title'>
          {job.title}
          <SampleBadge after={job.title} record={{ source: job.source, collection: 'jobs' }} />
        </Text>
        <Text className='sy-job-detail__pay'>{payLabel(job)}</Text>
        <Text className='sy-job-detail__meta'>
          {town} · {jobTypeLabel(job.type)} · {scheduleLabel(job.schedule)} · 招{job.headcount}人
        </Text>
        <View className='sy-job-detail__status'>
          <StatusTag tone={expired ? 'muted' : 'ok'} label={expired ? '已截止' : daysLeftLabel(job, now)} />
          <Text className='sy-job-detail__meta'>{jobAgeLabel(job, now)}</Text>
        </View>
        {expired && (
          <Text className='sy-job-detail__expired'>这个岗位已于{formatDate(job.deadline)}截止报名，信息仅供参考。</Text>
        )}
        <ReadAloudButton
          text={readAloudText([
            sentence(job.title),
            sentence(`${job.employer}招${job.headcount}人，${payLabel(job)}`),
            sentence(expired ? '已截止' : daysLeftLabel(job, now)),
            part('岗位职责', job.duties),
            part('任职要求', job.requirements),
            part('工作时间', [job.hours]),
            part('工作地点', [job.address]),
            part('怎么报名', [...guide.steps, `要带：${guide.bring.join('、')}`]),
            sampleNote(job.source),
          ])}
        />
      </View>

      <InfoSection title='岗位职责' items={job.duties} />
      <InfoSection title='任职要求' items={job.requirements} />
      <InfoSection title='工作安排'>
        <FactList
          facts={[
            { label: '薪资', value: payLabel(job) },
            { label: '工作时间', value: job.hours },
            { label: '工作地点', value: job.address.startsWith(town) ? job.address : `${town} ${job.address}` },
            { label: '招聘单位', value: job.employer },
            { label: '招聘人数', value: `${job.headcount}人` },
            { label: '发布日期', value: formatDate(job.postedAt) },
            { label: '截止日期', value: formatDate(job.deadline) },
          ]}
        />
      </InfoSection>
      <InfoSection title='怎么报名'>
        <View className='sy-job-detail__steps'>
          {guide.steps.map((step, i) => (
            <Text key={step} className='sy-job-detail__step'>{`${i + 1}. ${step}`}</Text>
          ))}
        </View>
        <FactList
          facts={[
            { label: '联系人', value: contactLine(job.contact) },
            { label: '要带', value: guide.bring.join('、') },
            { label: '报名地点', value: guide.where },
          ]}
        />
        <View className='sy-job-detail__actions'>
          <PhoneAction primary phone={job.contact.phone} />
          {!isDemoPhone(job.contact.phone) && (
            <ActionButton
              label='复制联系方式'
              onTap={() => void copyText(contactLine(job.contact), '联系方式已复制')}
            />
          )}
          {location && (
            <ActionButton
              label={mapButtonLabel(job.source)}
              detail={job.address}
              onTap={() =>
                void openMap({ lat: location.lat, lng: location.lng, name: job.employer, address: job.address })
              }
            />
          )}
        </View>
        <Text className='sy-job-detail__help'>
          报名不收钱。要您先交钱、押证件的，不要去；找工作有难处也可以问人社服务热线。
        </Text>
        <PhoneAction label='拨打人社服务热线' phone={EMPLOYMENT_HOTLINE} />
      </InfoSection>
      {helpPolicies.length > 0 && (
        <InfoSection title='找工作的帮扶政策'>
          <View className='sy-job-detail__nearby'>
            {helpPolicies.slice(0, HELP_POLICIES_SHOWN).map((p) => (
              <LinkCard
                key={p.id}
                className='sy-job-detail__link'
                onTap={() => void openRoute(detailPath('policies', p.id))}
              >
                <Text className='sy-job-detail__link-title'>{p.title} ›</Text>
              </LinkCard>
            ))}
            {helpPolicies.length > HELP_POLICIES_SHOWN && (
              <LinkCard
                className='sy-job-detail__link'
                onTap={() => void openRoute(listPathWith('policies', [['category', EMPLOYMENT_POLICY_CATEGORY]]))}
              >
                <Text className='sy-job-detail__link-title'>{`全部 ${helpPolicies.length} 项${EMPLOYMENT_POLICY_CATEGORY}政策 ›`}</Text>
              </LinkCard>
            )}
          </View>
        </InfoSection>
      )}
      {nearby.length > 0 && (
        <InfoSection title={`${town}的其他岗位`}>
          <View className='sy-job-detail__nearby'>
            {nearby.map((j) => (
              <LinkCard
                key={j.id}
                className='sy-job-detail__link'
                onTap={() => void openRoute(detailPath('jobs', j.id))}
              >
                <Text className='sy-job-detail__link-title'>{j.title} ›</Text>
                <Text className='sy-job-detail__meta'>
                  {payLabel(j)} · {jobTypeLabel(j.type)} · {scheduleLabel(j.schedule)}
                </Text>
              </LinkCard>
            ))}
          </View>
        </InfoSection>
      )}
      <View className='sy-job-detail__actions'>
        <FavouriteButton domain='jobs' id={job.id} title={job.title} />
        <ShareBar title={job.title} record={{ source: job.source, collection: 'jobs' }} />
      </View>
      <SourceNote source={job.source} collection='jobs' />
    </PageShell>
  )
}

import { View, Text } from '@tarojs/components'
import { FavouriteButton } from '@/components/favourite-button'
import { InfoSection } from '@/components/info-section'
import { LinkCard } from '@/components/link-card'
import { MilestoneTimeline } from '@/components/milestone-timeline'
import { MissingRecordPage } from '@/components/pending-page'
import { PageShell } from '@/components/page-shell'
import { ReadAloudButton } from '@/components/read-aloud-button'
import { part, readAloudText, sampleNote, sentence } from '@/domain/read-aloud'
import { ProgressBar } from '@/components/progress-bar'
import { FullServiceOnly } from '@/components/full-service-only'
import { ShareBar } from '@/components/share-bar'
import { SourceNote } from '@/components/source-note'
import { ProjectStatus } from '@/components/project-status'
import type { DemoProject, ReportedItem } from '@/content/schema'
import { DEMO_PLAN_TITLE, REPORTED_DETAIL_NOTE, nextMilestone, stageLabel, updatedLabel } from '@/domain/livelihood'
import { listPath } from '@/domain/routes'
import { embeddedLivelihood } from '@/domain/embedded/livelihood'
import { useDetailRecord } from '@/hooks/use-detail-record'
import { openRoute } from '@/platform/nav'
import './index.scss'

function ReportedDetail({ item }: { item: ReportedItem }) {
  return (
    <PageShell
      className='sy-project-detail'
      title={item.title}
      record={{ source: item.source, collection: 'livelihood' }}
    >
      <View className='sy-project-detail__head'>
        <Text className='sy-project-detail__title'>{item.title}</Text>
        <View className='sy-project-detail__tags'>
          <Text className='sy-project-detail__tag'>{item.category}</Text>
          <Text className='sy-project-detail__tag'>{`${item.year}年工作总结所载`}</Text>
        </View>
        <Text className='sy-project-detail__stage'>{`总结所写：${stageLabel(item)}`}</Text>
        <ReadAloudButton
          text={readAloudText([
            sentence(item.title),
            sentence(`${item.year}年工作总结写的是：${item.stage}`),
            item.source.kind === 'cited' ? sentence(`原文：${item.source.quote}`) : '',
            sentence(REPORTED_DETAIL_NOTE),
          ])}
        />
      </View>

      <InfoSection
        title='总结怎么说'
        paragraphs={[
          `${item.year}年，在「${item.chapter}」这一段，总结写到这件事“${item.stage}”。`,
          REPORTED_DETAIL_NOTE,
        ]}
      />

      <SourceNote source={item.source} collection='livelihood' />

      <FullServiceOnly>
        <LinkCard className='sy-project-detail__more' onTap={() => void openRoute(listPath('livelihood'))}>
          <Text>看看总结写到的全部民生工作 ›</Text>
        </LinkCard>
      </FullServiceOnly>

      <View className='sy-project-detail__actions'>
        <FavouriteButton domain='livelihood' id={item.id} title={item.title} />
        <ShareBar title={item.title} record={{ source: item.source, collection: 'livelihood' }} />
      </View>
    </PageShell>
  )
}

function DemoDetail({ project, now }: { project: DemoProject; now: number }) {
  const next = nextMilestone(project.milestones)
  const updated = updatedLabel(project.updatedAt, now)

  return (
    <PageShell
      className='sy-project-detail'
      title={project.title}
      record={{ source: project.source, collection: 'livelihood' }}
    >
      <View className='sy-project-detail__head'>
        <Text className='sy-project-detail__title'>{project.title}</Text>
        <View className='sy-project-detail__tags'>
          <ProjectStatus status={project.status} />
          <Text className='sy-project-detail__tag'>{project.category}</Text>
          <Text className='sy-project-detail__tag'>{DEMO_PLAN_TITLE}</Text>
        </View>
        <View className='sy-project-detail__progress'>
          <Text className='sy-project-detail__label'>完成进度</Text>
          <ProgressBar
            large
            value={project.progress}
            label='完成进度'
            tone={project.status === 'done' ? 'done' : project.status === 'not-started' ? 'idle' : 'active'}
          />
          {updated && <Text className='sy-project-detail__updated'>{updated}</Text>}
          {next && <Text className='sy-project-detail__next'>{`下一步：${next.title}`}</Text>}
        </View>
        <ReadAloudButton
          text={readAloudText([
            sentence(`${DEMO_PLAN_TITLE}：${project.title}`),
            sentence(`完成进度百分之${project.progress}`),
            next ? sentence(`下一步：${next.title}`) : '',
            part('这是什么', [project.summary]),
            part('为什么要做', [project.why]),
            part('责任单位', [project.responsibleUnit]),
            sampleNote(project.source),
          ])}
        />
      </View>

      <InfoSection title='这是什么' paragraphs={[project.summary]} />
      {project.why && <InfoSection title='为什么要做' paragraphs={[project.why]} />}

      <InfoSection title='进展节点'>
        <MilestoneTimeline milestones={project.milestones} />
      </InfoSection>

      <InfoSection title='责任单位' paragraphs={[project.responsibleUnit]} />

      <SourceNote source={project.source} collection='livelihood' />

      <FullServiceOnly>
        <LinkCard
          className='sy-project-detail__more'
          onTap={() =>
            void openRoute(`${listPath('livelihood')}?view=demo&category=${encodeURIComponent(project.category)}`)
          }
        >
          <Text>{`看看演示计划里全部「${project.category}」类项目 ›`}</Text>
        </LinkCard>
      </FullServiceOnly>

      <View className='sy-project-detail__actions'>
        <FavouriteButton domain='livelihood' id={project.id} title={project.title} />
        <ShareBar title={project.title} record={{ source: project.source, collection: 'livelihood' }} />
      </View>
    </PageShell>
  )
}

export default function LivelihoodDetailPage() {
  const { listed, record, pending, retry, now } = useDetailRecord(
    'livelihood',
    embeddedLivelihood,
    (r) => `民生实事：${r.title}`,
  )

  if (!record) {
    return (
      <MissingRecordPage
        domain='livelihood'
        className='sy-project-detail'
        listed={listed && { title: listed.title, record: { source: listed.source, collection: 'livelihood' } }}
        pending={pending}
        onRetry={retry}
      />
    )
  }
  return record.kind === 'reported' ? <ReportedDetail item={record} /> : <DemoDetail project={record} now={now} />
}

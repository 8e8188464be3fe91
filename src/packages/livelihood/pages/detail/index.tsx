import { View, Text } from '@tarojs/components'
import { ActionButton } from '@/components/action-button'
import { FavouriteButton } from '@/components/favourite-button'
import { InfoSection } from '@/components/info-section'
import { LinkCard } from '@/components/link-card'
import { MilestoneTimeline } from '@/components/milestone-timeline'
import { NotFoundPage } from '@/components/not-found'
import { PageShell } from '@/components/page-shell'
import { ReadAloudButton } from '@/components/read-aloud-button'
import { part, readAloudText, sampleNote, sentence } from '@/domain/read-aloud'
import { ProgressBar } from '@/components/progress-bar'
import { SampleBadge } from '@/components/sample-badge'
import { FullServiceOnly } from '@/components/full-service-only'
import { ShareBar } from '@/components/share-bar'
import { SourceNote } from '@/components/source-note'
import { ProjectStatus } from '@/components/project-status'
import { nextMilestone, updatedLabel } from '@/domain/livelihood'
import { needsSampleBadge, townName } from '@/domain/records'
import { listPath } from '@/domain/routes'
import { embeddedLivelihood } from '@/domain/embedded/livelihood'
import { useDetailRecord } from '@/hooks/use-detail-record'
import { openMap } from '@/platform/map'
import { openRoute } from '@/platform/nav'
import './index.scss'

export default function LivelihoodDetailPage() {
  const {
    record: project,
    summary,
    now,
  } = useDetailRecord('livelihood', embeddedLivelihood, (r) => `民生实事：${r.title}`)

  if (!project) {
    return <NotFoundPage domain='livelihood' />
  }

  const { source, location } = project
  const sample = (field: string) => needsSampleBadge(source, field)
  const town = townName(summary, project.townId)
  const next = nextMilestone(project.milestones)
  const updated = updatedLabel(project.updatedAt, now)

  return (
    <PageShell className='sy-project-detail' title={project.title}>
      <View className='sy-project-detail__head'>
        <Text className='sy-project-detail__title'>{project.title}</Text>
        <View className='sy-project-detail__tags'>
          <ProjectStatus status={project.status} />
          <Text className='sy-project-detail__tag'>{project.category}</Text>
          <Text className='sy-project-detail__tag'>{town}</Text>
        </View>
        <View className='sy-project-detail__progress'>
          <Text className='sy-project-detail__label'>
            完成进度
            {sample('progress') && <SampleBadge />}
          </Text>
          <ProgressBar
            large
            value={project.progress}
            label='完成进度'
            tone={project.status === 'done' ? 'done' : project.status === 'not-started' ? 'idle' : 'active'}
          />
          {updated && (
            <Text className='sy-project-detail__updated'>
              {updated}
              {sample('updatedAt') && <SampleBadge />}
            </Text>
          )}
          {next && <Text className='sy-project-detail__next'>{`下一步：${next.title}`}</Text>}
        </View>
        <ReadAloudButton
          text={readAloudText([
            sentence(project.title),
            sentence(`完成进度百分之${project.progress}`),
            next ? sentence(`下一步：${next.title}`) : '',
            part('这是什么', [project.summary]),
            part('为什么要做', [project.why]),
            part('在哪里', [town, project.address]),
            part('责任单位', [project.responsibleUnit]),
            sampleNote(source),
          ])}
        />
      </View>

      <InfoSection title='这是什么' paragraphs={[project.summary]} />
      {project.why && <InfoSection title='为什么要做' paragraphs={[project.why]} />}

      <InfoSection title='在哪里' sample={sample('townId') || sample('address')}>
        <Text className='sy-project-detail__line'>{`所在镇街：${town}`}</Text>
        {project.address && <Text className='sy-project-detail__line'>{`地址：${project.address}`}</Text>}
        {location && (
          <View className='sy-project-detail__map'>
            <ActionButton
              label='在地图中查看'
              onTap={() =>
                void openMap({
                  lat: location.lat,
                  lng: location.lng,
                  name: project.title,
                  address: project.address ?? town,
                })
              }
            />
          </View>
        )}
      </InfoSection>

      <InfoSection title='进展节点' sample={sample('milestones')}>
        <MilestoneTimeline milestones={project.milestones} />
      </InfoSection>

      <InfoSection title='责任单位' paragraphs={[project.responsibleUnit]} sample={sample('responsibleUnit')} />

      <SourceNote source={source} collection='livelihood' />

      <FullServiceOnly>
        <LinkCard
          className='sy-project-detail__more'
          onTap={() => void openRoute(`${listPath('livelihood')}?category=${encodeURIComponent(project.category)}`)}
        >
          <Text>{`看看全部「${project.category}」类项目 ›`}</Text>
        </LinkCard>
      </FullServiceOnly>

      <View className='sy-project-detail__actions'>
        <FavouriteButton domain='livelihood' id={project.id} title={project.title} />
        <ShareBar />
      </View>
    </PageShell>
  )
}

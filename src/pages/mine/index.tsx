import { View, Text } from '@tarojs/components'
import { useMemo, useState } from 'react'
import { roleProps } from '@/components/a11y-props'
import { ElderSwitch } from '@/components/elder-switch'
import { EmptyState } from '@/components/empty-state'
import { FeedbackEntry } from '@/components/feedback-entry'
import { HotlineList } from '@/components/hotline-list'
import { InfoSection } from '@/components/info-section'
import { PageShell } from '@/components/page-shell'
import { PendingNote } from '@/components/pending-note'
import { SampleBadge } from '@/components/sample-badge'
import { formatDate } from '@/domain/date'
import { groupFavourites, type Favourite, type FavouriteEntry } from '@/domain/favourites'
import { DOMAINS, SOURCE_NAME } from '@/domain/records'
import { detailPath, HOME_SHARE } from '@/domain/routes'
import { useContent } from '@/hooks/use-content'
import { useFavourites } from '@/hooks/use-favourites'
import { savedMessage } from '@/hooks/use-store'
import { useSharing } from '@/hooks/use-sharing'
import { needRecords } from '@/platform/digest'
import { notify } from '@/platform/feedback'
import { IS_H5 } from '@/platform/env'
import { openRoute } from '@/platform/nav'
import { permissions, selfName, sourceCounts, sourceLine, STORED_ON_DEVICE } from './helper'
import './index.scss'

function FavouriteRow({ entry, onRemove }: { entry: FavouriteEntry; onRemove: () => void }) {
  const { favourite, title, offline } = entry
  if (offline) {
    return (
      <View className='sy-mine__fav sy-mine__fav--offline'>
        <View className='sy-mine__fav-text'>
          <Text className='sy-mine__fav-title'>{title}</Text>
          <Text className='sy-mine__offline'>已下线：内容更新后已没有这一条</Text>
        </View>
        <View className='sy-mine__remove' {...roleProps('button')} ariaLabel={`移除 ${title}`} onClick={onRemove}>
          <Text>移除</Text>
        </View>
      </View>
    )
  }
  return (
    <View className='sy-mine__fav'>
      <View
        className='sy-mine__fav-text sy-mine__fav-link'
        {...roleProps('link')}
        onClick={() => void openRoute(detailPath(favourite.domain, favourite.id))}
      >
        <Text className='sy-mine__fav-title'>
          {title}
          {entry.source && (
            <SampleBadge after={title} record={{ source: entry.source, collection: favourite.domain }} />
          )}
        </Text>
      </View>
      <View className='sy-mine__remove' {...roleProps('button')} ariaLabel={`取消收藏 ${title}`} onClick={onRemove}>
        <Text>取消收藏</Text>
      </View>
    </View>
  )
}

export default function MinePage() {
  // Favourites and the counts of sample records cover every domain.
  const { summary, origin, pending } = useContent(...DOMAINS)
  const favourites = useFavourites()
  // 我的 holds only this phone's favourites and settings: forwarding it sends home.
  useSharing(HOME_SHARE)
  const groups = useMemo(() => groupFavourites(favourites.items, summary), [favourites.items, summary])
  const counts = useMemo(() => sourceCounts(summary), [summary])
  // The favourite last removed here, with the title shown for it: one tap on 撤销 puts it back.
  const [removed, setRemoved] = useState<{ favourite: Favourite; title: string } | undefined>()

  return (
    <PageShell className='sy-mine' title='我的'>
      <View className='sy-mine__name' role='heading' aria-level={1}>
        <Text>我的</Text>
      </View>
      <ElderSwitch />

      <View className='sy-mine__card'>
        <View className='sy-mine__title' role='heading' aria-level={2}>
          <Text>我的收藏</Text>
        </View>
        {removed && (
          <View className='sy-mine__undo' role='status'>
            <Text className='sy-mine__undo-text'>已取消收藏：{removed.title}</Text>
            <View
              className='sy-mine__remove'
              {...roleProps('button')}
              ariaLabel={`撤销，重新收藏 ${removed.title}`}
              onClick={() => {
                const outcome = favourites.restore(removed.favourite)
                if (outcome !== 'saved') notify(savedMessage(outcome, '', '重新收藏'))
                setRemoved(undefined)
              }}
            >
              <Text>撤销</Text>
            </View>
          </View>
        )}
        {pending && favourites.items.length > 0 ? (
          <PendingNote pending={pending} what='收藏' onRetry={() => needRecords(DOMAINS)} />
        ) : groups.length === 0 ? (
          <EmptyState title='还没有收藏' hint='在项目、岗位、活动、景点或政策的详情页点“收藏”，就会出现在这里。' />
        ) : (
          groups.map((group) => (
            <View key={group.domain} className='sy-mine__group'>
              <Text className='sy-mine__group-title'>
                {group.label} {group.entries.length}
              </Text>
              {group.entries.map((entry) => (
                <FavouriteRow
                  key={entry.favourite.id}
                  entry={entry}
                  onRemove={() => {
                    const outcome = favourites.remove(entry.favourite.domain, entry.favourite.id)
                    if (outcome !== 'saved') notify(savedMessage(outcome, '', '移除收藏'))
                    // A record gone from the content is only tidied away: nothing to take back.
                    setRemoved(entry.offline ? undefined : { favourite: entry.favourite, title: entry.title })
                  }}
                />
              ))}
            </View>
          ))
        )}
      </View>

      <View className='sy-mine__card'>
        <View className='sy-mine__title' role='heading' aria-level={2}>
          <Text>便民热线</Text>
        </View>
        <HotlineList />
      </View>

      <InfoSection title='意见反馈'>
        <FeedbackEntry />
      </InfoSection>

      <InfoSection
        title='内容版本'
        items={[
          `第 ${summary.version} 版，更新于 ${formatDate(summary.updatedAt)}`,
          origin === 'update' ? '来自联网更新的内容' : `${IS_H5 ? '网页版' : '小程序'}内置的内容（没有联网更新）`,
        ]}
      />

      <InfoSection
        title='隐私说明'
        paragraphs={[
          `${selfName(IS_H5)}不需要登录，不收集个人信息，不向任何地方发送您的数据。以下内容只保存在您的手机上，${
            IS_H5 ? '清除浏览器里本网站的数据' : '删除小程序'
          }即全部清除：`,
        ]}
        items={STORED_ON_DEVICE}
      >
        <Text className='sy-mine__sub'>会用到的手机功能，以及为什么：</Text>
        <View className='sy-mine__list'>
          {permissions(IS_H5).map((p) => (
            <Text key={p} className='sy-mine__item'>
              • {p}
            </Text>
          ))}
        </View>
      </InfoSection>

      <InfoSection
        title='关于与来源'
        paragraphs={[
          '智慧双阳汇集长春市双阳区的民生实事、就业岗位、节庆活动、景点和惠民政策，方便查询和办事。',
          `事实性内容出自${SOURCE_NAME}，详情页会引用原文。这是演示版：为了展示功能，其余内容是编写的示例数据，不是官方发布的信息；办事前请拨打 12345 核实。`,
        ]}
        items={pending ? [] : counts.map(sourceLine)}
      />
    </PageShell>
  )
}

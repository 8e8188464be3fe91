import { View, Text } from '@tarojs/components'
import { memo, useMemo, useState } from 'react'
import type { ListRecord } from '@/domain/parts'
import { POLICY_CATEGORIES } from '@/domain/policies'
import { ActionButton } from '@/components/action-button'
import { EmptyState } from '@/components/empty-state'
import { FilterBar } from '@/components/filter-bar'
import { FilterChips } from '@/components/filter-chips'
import { LinkCard } from '@/components/link-card'
import { ListMore } from '@/components/list-more'
import { SampleBadge } from '@/components/sample-badge'
import { PageShell } from '@/components/page-shell'
import { SelfCheck } from '@/components/self-check'
import { listPolicies, policyCategories, type PolicyCategory } from '@/domain/policies'
import { detailPath, listPathWith } from '@/domain/routes'
import { embeddedPolicies } from '@/domain/embedded/policies'
import { useDomainRecords } from '@/hooks/use-content'
import { useListFilters } from '@/hooks/use-list-filters'
import { usePagedList } from '@/hooks/use-paged-list'
import { useQueryParam } from '@/hooks/use-query-param'
import { useSharing } from '@/hooks/use-sharing'
import { useStateInAddress } from '@/hooks/use-state-in-address'
import { openRoute } from '@/platform/nav'
import './index.scss'

function asCategory(value: string): PolicyCategory | undefined {
  return (POLICY_CATEGORIES as readonly string[]).includes(value) ? (value as PolicyCategory) : undefined
}

export default function PoliciesListPage() {
  const records = useDomainRecords('policies', embeddedPolicies)
  const policies = records
  const urlCategory = asCategory(useQueryParam('category'))
  const [category, setCategory] = useListFilters<PolicyCategory | undefined>(
    'policies',
    () => urlCategory,
    !!urlCategory,
  )
  useSharing({
    title: category ? `惠民政策：${category}` : '惠民政策',
    path: listPathWith('policies', [['category', category]]),
  })
  const checkFromUrl = useQueryParam('check') === '1'
  const [checking, setChecking] = useState(checkFromUrl)
  // The address also keeps 我能申请吗？ open (?check=1, the link a policy's page opens it with); a share sends the list only.
  useStateInAddress(
    listPathWith('policies', [
      ['category', category],
      ['check', checking],
    ]),
  )

  const categories = useMemo(() => policyCategories(policies), [policies])
  const shown = useMemo(() => listPolicies(policies, category ? { category } : {}), [policies, category])
  const paged = usePagedList(shown, category ?? '')
  const open = (id: string) => void openRoute(detailPath('policies', id))

  return (
    <PageShell className='sy-policies' title='惠民政策'>
      <View className='sy-policies__intro'>
        <Text className='sy-policies__hero'>惠民政策</Text>
        <Text className='sy-policies__lead'>用大白话讲清楚：谁能申请、带什么、去哪办、打哪个电话。</Text>
      </View>

      <View className='sy-policies__check'>
        <Text className='sy-policies__check-title'>我能申请吗？</Text>
        {checking ? (
          <SelfCheck policies={policies} onOpen={open} />
        ) : (
          <View className='sy-policies__check-start'>
            <Text className='sy-policies__check-lead'>
              回答几个简单问题，看看哪些政策可能适合您家。回答不会被保存或发送。
            </Text>
            <ActionButton primary label='开始自测' onTap={() => setChecking(true)} />
          </View>
        )}
      </View>

      <FilterBar
        chosen={category ? [category] : []}
        count={category ? `${category} ${shown.length} 项` : `全部 ${shown.length} 项政策`}
        onClear={() => setCategory(undefined)}
      >
        <FilterChips<PolicyCategory>
          label='政策类别'
          options={categories.map((c) => ({ value: c.category, label: c.category, count: c.count }))}
          value={category}
          onChange={setCategory}
        />
      </FilterBar>
      {shown.length === 0 ? (
        <EmptyState title='这一类暂时没有政策' hint='看看其他类别，或打 12345 问一问' />
      ) : (
        <View className='sy-policies__list'>
          {paged.shown.map((p) => (
            <PolicyCard key={p.id} policy={p} />
          ))}
          <ListMore list={paged} unit='项政策' />
        </View>
      )}
    </PageShell>
  )
}

// Memoised: drawing the next cards of a step leaves the cards already drawn alone.
const PolicyCard = memo(function DrawPolicyCard({ policy: p }: { policy: ListRecord<'policies'> }) {
  return (
    <LinkCard className='sy-policy-card' onTap={() => void openRoute(detailPath('policies', p.id))}>
      <Text className='sy-policy-card__category'>{p.category}</Text>
      <Text className='sy-policy-card__title'>
        {p.title}
        <SampleBadge after={p.title} record={{ source: p.source, collection: 'policies' }} />
      </Text>
      <Text className='sy-policy-card__summary'>{p.summary}</Text>
    </LinkCard>
  )
})

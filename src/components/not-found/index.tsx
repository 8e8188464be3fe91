import { View, Text } from '@tarojs/components'
import type { Domain } from '@/content/schema'
import { DOMAIN_LABELS, DOMAIN_NOUNS } from '@/domain/records'
import { listPath } from '@/domain/routes'
import { goHome, openRoute } from '@/platform/nav'
import { ActionButton } from '@/components/action-button'
import { FullServiceOnly } from '@/components/full-service-only'
import { PageShell } from '@/components/page-shell'
import './index.scss'

export interface NotFoundProps {
  domain?: Domain
}

/** Shown for an unknown or missing id: never a blank page, always a way on. */
export function NotFound({ domain }: NotFoundProps) {
  const noun = domain ? DOMAIN_NOUNS[domain] : '页面'
  return (
    <View className='sy-not-found'>
      <Text className='sy-not-found__title'>未找到这个{noun}</Text>
      <Text className='sy-not-found__hint'>它可能已经下线，或者链接不完整。</Text>
      <FullServiceOnly>
        <View className='sy-not-found__actions'>
          <ActionButton primary label='回到首页' onTap={() => void goHome()} />
          {domain && (
            <ActionButton label={`看看全部${DOMAIN_LABELS[domain]}`} onTap={() => void openRoute(listPath(domain))} />
          )}
        </View>
      </FullServiceOnly>
    </View>
  )
}

/** A whole detail page for an id that is not in the content. */
export function NotFoundPage({ domain }: NotFoundProps) {
  return (
    <PageShell title='未找到'>
      <NotFound domain={domain} />
    </PageShell>
  )
}

import { View, Text } from '@tarojs/components'
import { PageShell } from '@/components/page-shell'
import { findRecord } from '@/domain/records'
import { detailPath } from '@/domain/routes'
import { useContent } from '@/hooks/use-content'
import { openRoute } from '@/platform/nav'

export default function ListPage() {
  const { pack } = useContent()
  return (
    <PageShell>
      {pack.events.map((r) => (
        <View key={r.id} onClick={() => void openRoute(detailPath('events', r.id))}>
          <Text>{findRecord(pack, 'events', r.id)?.title}</Text>
        </View>
      ))}
    </PageShell>
  )
}

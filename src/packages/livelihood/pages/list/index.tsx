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
      {pack.livelihood.map((r) => (
        <View key={r.id} onClick={() => void openRoute(detailPath('livelihood', r.id))}>
          <Text>{findRecord(pack, 'livelihood', r.id)?.title}</Text>
        </View>
      ))}
    </PageShell>
  )
}

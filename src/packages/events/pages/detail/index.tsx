import { View, Text } from '@tarojs/components'
import { NotFound } from '@/components/not-found'
import { PageShell } from '@/components/page-shell'
import { SourceNote } from '@/components/source-note'
import { findRecord } from '@/domain/records'
import { detailPath } from '@/domain/routes'
import { useContent } from '@/hooks/use-content'
import { useQueryParam } from '@/hooks/use-query-param'
import { useSharing } from '@/hooks/use-sharing'

export default function DetailPage() {
  const id = useQueryParam('id')
  const { pack } = useContent()
  const record = findRecord(pack, 'events', id)
  useSharing(record && { title: record.title, path: detailPath('events', record.id) })
  return (
    <PageShell>
      {record ? (
        <View>
          <Text>{record.title}</Text>
          <SourceNote source={record.source} />
        </View>
      ) : (
        <NotFound domain='events' />
      )}
    </PageShell>
  )
}

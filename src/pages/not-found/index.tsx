import { NotFound } from '@/components/not-found'
import { PageShell } from '@/components/page-shell'

/** H5 only: an address the app does not know (weapp sends it home). */
export default function NotFoundPage() {
  return (
    <PageShell title='未找到'>
      <NotFound />
    </PageShell>
  )
}

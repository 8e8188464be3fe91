import { PageShell, type PageShellProps } from '@/components/page-shell'
import { PendingNote } from '@/components/pending-note'
import type { Pending } from '@/domain/content-store'

export interface PendingPageProps extends Pick<PageShellProps, 'className' | 'title' | 'record'> {
  pending: Pending
  onRetry: () => void
}

/**
 * A detail page whose whole record is on its way (its part loads a moment after the page, src/domain/parts.ts):
 * the record's title and demo line at once, a calm line while it comes, 暂时没能载入 with 重试 if it could not be.
 */
export function PendingPage({ className, title, record, pending, onRetry }: PendingPageProps) {
  return (
    <PageShell className={className} title={title} record={record}>
      <PendingNote pending={pending} what='详细内容' onRetry={onRetry} />
    </PageShell>
  )
}

import type { Domain } from '@/content/schema'
import { NotFoundPage } from '@/components/not-found'
import { PageShell, type PageShellProps } from '@/components/page-shell'
import { PendingNote } from '@/components/pending-note'
import { PhoneAction } from '@/components/phone-action'
import type { Pending } from '@/domain/content-store'

interface PendingPageProps extends Pick<PageShellProps, 'className' | 'title' | 'record'> {
  pending: Pending
  onRetry: () => void
}

/**
 * A detail page whose whole record is on its way (its part loads a moment after the page, src/domain/parts.ts):
 * the record's title and demo line at once, a calm line while it comes, 暂时没能载入 with 重试 if it could not be.
 */
function PendingPage({ className, title, record, pending, onRetry }: PendingPageProps) {
  return (
    <PageShell className={className} title={title} record={record}>
      <PendingNote pending={pending} what='详细内容' onRetry={onRetry} />
      {/* No signal for the page, but a call still goes through: where to ask meanwhile. */}
      {pending === 'failed' && <PhoneAction phone='12345' label='着急的话，拨打政务服务便民热线' />}
    </PageShell>
  )
}

export interface MissingRecordPageProps {
  domain: Domain
  className: string
  /** What the list fields say of the record, when the id is one: its title and how its source is shown. */
  listed?: Pick<PageShellProps, 'title' | 'record'>
  pending?: Pending
  onRetry: () => void
}

/**
 * A detail page without its whole record: on its way (or failed) when the id is a listed record, 未找到 otherwise.
 */
export function MissingRecordPage({ domain, className, listed, pending, onRetry }: MissingRecordPageProps) {
  if (!listed || !pending) return <NotFoundPage domain={domain} />
  return (
    <PendingPage
      className={className}
      title={listed.title}
      record={listed.record}
      pending={pending}
      onRetry={onRetry}
    />
  )
}

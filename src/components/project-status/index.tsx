import { StatusTag, type StatusTone } from '@/components/status-tag'
import { projectStatusLabel } from '@/domain/livelihood'

const TONES: Record<string, StatusTone> = { done: 'ok', 'in-progress': 'info', 'not-started': 'muted' }

/** 已完成 / 推进中 / 未开工 of a livelihood project. */
export function ProjectStatus({ status }: { status: string }) {
  return <StatusTag tone={TONES[status] ?? 'muted'} label={projectStatusLabel(status)} />
}

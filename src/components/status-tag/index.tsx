import { Text } from '@tarojs/components'
import './index.scss'

export type StatusTone = 'ok' | 'info' | 'warn' | 'muted'

export interface StatusTagProps {
  tone: StatusTone
  label: string
}

/** A short status in words; the colour only repeats what the words say. */
export function StatusTag({ tone, label }: StatusTagProps) {
  return <Text className={`sy-status sy-status--${tone}`}>{label}</Text>
}

import { Tag } from '@nutui/nutui-react-taro'
import './index.scss'

export type StatusTone = 'ok' | 'info' | 'warn' | 'muted'

export interface StatusTagProps {
  tone: StatusTone
  label: string
}

// Dark enough for 4.5:1 on white as outlined text (NutUI's own tag colours are not).
const TONE_COLOURS: Record<StatusTone, string> = {
  ok: '#1d6b34',
  info: '#1f4f8f',
  warn: '#8a5300',
  muted: '#555555',
}

/** A short status in words, as NutUI's outlined Tag; the colour only repeats what the words say. */
export function StatusTag({ tone, label }: StatusTagProps) {
  return (
    <Tag plain background={TONE_COLOURS[tone]} className={`sy-status sy-status--${tone}`}>
      {label}
    </Tag>
  )
}

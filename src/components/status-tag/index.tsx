import { Tag } from '@nutui/nutui-react-taro'
import { TONES, type Tone } from '@/styles/design'
import './index.scss'

export type StatusTone = Tone

export interface StatusTagProps {
  tone: StatusTone
  label: string
}

/** A short status in words, as NutUI's outlined Tag; the colour only repeats what the words say. */
export function StatusTag({ tone, label }: StatusTagProps) {
  return (
    <Tag plain background={TONES[tone]} className={`sy-status sy-status--${tone}`}>
      {label}
    </Tag>
  )
}

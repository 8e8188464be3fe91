import { Text } from '@tarojs/components'
import { useMemo } from 'react'
import { highlightParts, type TextRange } from '@/domain/search/highlight'
import './index.scss'

export interface HighlightTextProps {
  text: string
  ranges: ReadonlyArray<TextRange>
  className?: string
}

/** Text with the matched parts marked. Only ever text nodes: content is never rendered as HTML. */
export function HighlightText({ text, ranges, className }: HighlightTextProps) {
  const parts = useMemo(() => highlightParts(text, ranges), [text, ranges])
  return (
    <Text className={['sy-hl', className ?? ''].filter(Boolean).join(' ')}>
      {parts.map((part, i) =>
        part.hit ? (
          <Text key={i} className='sy-hl__mark'>
            {part.text}
          </Text>
        ) : (
          <Text key={i}>{part.text}</Text>
        ),
      )}
    </Text>
  )
}

import type { Source } from '@/content/schema'

/*
 * A detail page as one plain string in reading order, for 朗读全文. The policy
 * guide has its own (policyReadAloudText); the other detail pages are put
 * together from these pieces.
 */

const SENTENCE_END = /[。！？!?；;…]$/

/** Ends a piece with a full stop so speech engines pause between pieces. */
export function sentence(text: string): string {
  const t = text.trim()
  if (t === '') return ''
  const bare = t.replace(/[，,、：:]+$/, '')
  return SENTENCE_END.test(bare) ? bare : `${bare}。`
}

/** `heading：line。line。`, or nothing when every line is empty. */
export function part(heading: string, lines: ReadonlyArray<string | undefined>): string {
  const body = lines
    .map((l) => sentence(l ?? ''))
    .filter(Boolean)
    .join('')
  return body ? `${heading}：${body}` : ''
}

/** A listener cannot see the 示例 badge, so it is said. */
export function sampleNote(source: Source): string {
  if (source.kind === 'sample') return '这一条是示例内容，具体以现场公布为准。'
  return source.kind === 'cited' && (source.sampleFields?.length ?? 0) > 0
    ? '其中部分内容是示例，具体以现场公布为准。'
    : ''
}

/**
 * A phone number said digit by digit (政务服务便民热线 12345 is 一二三四五, not 一万两千三百四十五): speech
 * engines read a run of digits as an amount.
 */
export function spokenPhone(phone: string): string {
  return phone.replace(/\D+/g, '').split('').join(' ')
}

export function readAloudText(pieces: ReadonlyArray<string>): string {
  return pieces.filter(Boolean).join('\n')
}

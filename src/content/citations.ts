import { SOURCE_DOC, SOURCE_TITLE } from './schema'
import type { Problem } from './problem'

/**
 * Citation check: every `cited` quote must occur in the document it names.
 * The documents are not part of the repo (the quotes are the citations), so
 * the caller reads them: `content:check -- --sources <dir>`.
 */

/** The document breaks lines mid-sentence; Chinese has no spaces between words, so whitespace is dropped. */
export function normaliseWhitespace(text: string): string {
  return text.replace(/\s+/g, '')
}

/** How problems name a document: its title where we know it, and the file it was looked up in. */
export function documentName(doc: string): string {
  return doc === SOURCE_DOC ? `《${SOURCE_TITLE}》（${doc}）` : doc
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** `read(doc)` returns the document's text, or undefined when it is not there. */
export function checkCitations(
  collections: Record<string, unknown>,
  read: (doc: string) => string | undefined,
  sourcesLabel: string,
): Problem[] {
  const problems: Problem[] = []
  const texts = new Map<string, string | undefined>()
  const textOf = (doc: string) => {
    if (!texts.has(doc)) {
      const text = read(doc)
      texts.set(doc, text === undefined ? undefined : normaliseWhitespace(text))
    }
    return texts.get(doc)
  }
  for (const [collection, records] of Object.entries(collections)) {
    if (!Array.isArray(records)) continue
    records.forEach((record: unknown, index) => {
      if (!isRecord(record) || !isRecord(record.source) || record.source.kind !== 'cited') return
      const { doc, quote } = record.source
      if (typeof doc !== 'string' || typeof quote !== 'string') return
      const where =
        typeof record.id === 'string' && record.id ? `${collection}/${record.id}` : `${collection}[${index}]`
      const text = textOf(doc)
      if (text === undefined) {
        problems.push({ where, field: 'source.doc', message: `在 ${sourcesLabel} 中找不到来源文件 ${doc}` })
      } else if (!text.includes(normaliseWhitespace(quote))) {
        problems.push({ where, field: 'source.quote', message: `引文不在${documentName(doc)}中：「${quote}」` })
      }
    })
  }
  return problems
}

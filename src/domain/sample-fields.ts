import { fieldLabel, type Collection } from '@/content/labels'
import type { Source } from '@/content/schema'

/** The Chinese names of a cited record's sample fields, once each, in the order given. */
export function sampleFieldLabels(source: Source, collection: Collection): string[] {
  if (source.kind !== 'cited') return []
  const labels = (source.sampleFields ?? []).map((f) => fieldLabel(collection, f)).filter((l): l is string => !!l)
  return Array.from(new Set(labels))
}

import type { Domain } from '@/content/schema'
import { loadEmbeddedWholePart } from '@/domain/embedded/whole'
import { partKey, type WholePart } from '@/domain/parts'
import { wholeParts } from './stores'

/*
 * The parts of the embedded whole records (src/domain/parts.ts) load when a detail page opens: on weapp from
 * subpackages of their own, which can fail to arrive (no network); after a failure the next ask tries again. Apart
 * from platform/digest.ts so that only the detail pages carry this (H5: not in the chunk home loads).
 */

const loading = new Set<string>()

/** Starts loading one part of a domain's whole records (a detail page's), unless it is in or on its way. */
export function needWholePart(domain: Domain, part: number): void {
  const key = partKey(domain, part)
  if (wholeParts.get()[key]?.records || loading.has(key)) return
  loading.add(key)
  const settle = (state: WholePart) => {
    loading.delete(key)
    wholeParts.set((s) => ({ ...s, [key]: state }))
  }
  wholeParts.set((s) => ({ ...s, [key]: { pending: 'loading' } }))
  loadEmbeddedWholePart(domain, part).then(
    (records) => settle({ records }),
    () => settle({ pending: 'failed' }),
  )
}

import type { Domain } from '@/content/schema'
import type { ContentState, Pending } from '@/domain/content-store'
import { loadEmbeddedRecords } from '@/domain/embedded/digest'
import { contentStore } from './stores'

/*
 * The embedded digest's parts that grow with the content load after start (src/domain/embedded/digest.ts): on
 * weapp from subpackages of their own, which WeChat downloads on first use and which can fail to arrive (no
 * network). Each is asked for by the pages that need it, once at a time; after a failure the next ask tries again.
 */

const loading = new Set<Domain>()

function mark(domain: Domain, state: Pending | 'in', records?: ContentState['summary'][Domain]): void {
  contentStore.set((s) => {
    // A pack accepted meanwhile has its own summary: the embedded records are not wanted then.
    if (!s.missing?.[domain]) return s
    const { [domain]: _done, ...rest } = s.missing
    if (state !== 'in') return { ...s, missing: { ...rest, [domain]: state } }
    const missing = Object.keys(rest).length > 0 ? rest : undefined
    return { ...s, summary: { ...s.summary, [domain]: records }, missing }
  })
}

/** Starts loading the records' summary of each of `domains` that is not in (nor on its way, nor replaced by a pack). */
export function needRecords(domains: readonly Domain[]): void {
  for (const domain of domains) {
    const state = contentStore.get().missing?.[domain]
    if (!state || loading.has(domain)) continue
    loading.add(domain)
    if (state === 'failed') mark(domain, 'loading')
    loadEmbeddedRecords(domain).then(
      (records) => {
        loading.delete(domain)
        mark(domain, 'in', records)
      },
      () => {
        loading.delete(domain)
        mark(domain, 'failed')
      },
    )
  }
}

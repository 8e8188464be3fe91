import type { ContentPack, Domain } from '@/content/schema'

/**
 * One part of a domain's whole records (src/domain/parts.ts: partOf says which), for its detail page. One
 * `import()` over the digest's whole-* files (a module of its own, so only detail pages carry its table): webpack makes each file a chunk of its own, named by the file.
 */
export function loadEmbeddedWholePart<D extends Domain>(domain: D, part: number): Promise<ContentPack[D]> {
  return import(
    /* webpackChunkName: "digest-[request]" */
    /* webpackInclude: /[\\/]whole-[a-z]+-\d+\.json$/ */
    `@/content/digest/whole-${domain}-${part}.json`
  ).then((m: { default: unknown }) => m.default as ContentPack[D])
}

import path from 'node:path'
import type Chain from 'webpack-chain'

type SplitChunks = Record<string, unknown> & { cacheGroups?: Record<string, unknown> }

const src = path.resolve(__dirname, '..', 'src')

/**
 * content/, domain/ and platform/ do nothing when imported (no module-level
 * effect beyond defining things): telling webpack so lets it leave out a
 * module whose exports nobody uses, e.g. the whole content-update path,
 * valibot and the schema in a build without a content URL.
 */
export function markPure(chain: Chain): void {
  chain.module
    .rule('sy-pure-modules')
    .test(/\.(ts|tsx|json)$/)
    .include.add(path.join(src, 'content'))
    .add(path.join(src, 'domain'))
    .add(path.join(src, 'platform'))
    .end()
    .set('sideEffects', false)
}

/**
 * H5 chunks. Taro splits only the entry (`chunks: 'initial'`), so every page
 * chunk carries its own copy of what pages share (Taro's H5 API and
 * components, dayjs, our hooks and components) and each navigation downloads
 * it again. Here code that many pages use goes into one `shared` chunk, which
 * the browser fetches once, in parallel with the first page and from cache
 * after. Generic on purpose: whatever UI library the pages use, the rule is
 * "used by many pages", not a list of packages.
 */
export function h5SplitChunks(current: SplitChunks | undefined): SplitChunks {
  const base = current ?? {}
  return {
    ...base,
    cacheGroups: {
      ...(base.cacheGroups ?? {}),
      // A domain's embedded list records: one chunk per domain, fetched by its list and detail pages only (home,
      // search and 我的 read the build-time summary instead, src/domain/summary.ts; a detail page's whole record
      // is a chunk of its own, src/domain/parts.ts).
      content: {
        test: DOMAIN_CONTENT,
        name: (module: Module) => `content-${DOMAIN_CONTENT.exec(module.resource ?? '')?.[1] ?? 'records'}`,
        chunks: 'async',
        minChunks: 1,
        minSize: 0,
        priority: 60,
        enforce: true,
      },
      // Code many pages share but home does not use (the search box, detail widgets, speech, maps …): not in
      // the chunk a first visit to home fetches, and split by the set of pages that use it (a chunk of at least
      // 6 KB per set; a smaller set's modules stay in each of its pages), so a page fetches only what it uses:
      // search no longer fetches the detail pages' widgets (−11 KB gzip of its first load), a cold detail page
      // no more than before.
      pages: {
        name: false,
        test: (module: Module, { chunkGraph }: { chunkGraph: ChunkGraph }) => !inHomePage(module, chunkGraph),
        chunks: 'async',
        minChunks: SHARED_MIN_PAGES,
        minSize: 6000,
        priority: 55,
        reuseExistingChunk: true,
        enforce: true,
      },
      // What home uses and many pages share (the page shell, stores, hooks, the domain code home shows).
      shared: {
        name: 'shared',
        test: (module: Module, { chunkGraph }: { chunkGraph: ChunkGraph }) => inHomePage(module, chunkGraph),
        chunks: 'async',
        // A module in at least this many page chunks (of 13); rarer ones stay with their pages.
        minChunks: SHARED_MIN_PAGES,
        minSize: 0,
        priority: 50,
        reuseExistingChunk: true,
        enforce: true,
      },
    },
  }
}

interface Module {
  resource?: string
}

interface ChunkGraph {
  getModuleChunksIterable(module: Module): Iterable<unknown>
  getChunkModulesIterable(chunk: unknown): Iterable<Module>
}

const DOMAIN_CONTENT = /[\\/]content[\\/]digest[\\/]list-(livelihood|jobs|events|attractions|policies)\.json$/
const HOME_PAGE = /[\\/]src[\\/]pages[\\/]index[\\/]index\.tsx$/

/** Whether a module is in the chunk of home, the page most first visits open. */
function inHomePage(module: Module, chunkGraph: ChunkGraph): boolean {
  for (const chunk of chunkGraph.getModuleChunksIterable(module)) {
    for (const m of chunkGraph.getChunkModulesIterable(chunk)) if (HOME_PAGE.test(m.resource ?? '')) return true
  }
  return false
}

export const SHARED_MIN_PAGES = 4

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
      shared: {
        name: 'shared',
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

export const SHARED_MIN_PAGES = 4

import webpack, { type Compilation, type Compiler } from 'webpack'

/*
 * weapp: `import()` loads a module that lives in a subpackage (WeChat's 分包异步化, `require.async`, base library
 * ≥ 2.11.2). Taro 4.2 turns `import()` into a plain `require` on weapp (babel.config.js switches that off for
 * weapp), and webpack's own way of loading a chunk is a <script> tag, which a mini-program has not. This plugin
 * 1. names every async chunk `packages/<name>/index.js`, `<name>` from its webpackChunkName, so each is a
 *    subpackage of its own, outside the main package;
 * 2. declares those subpackages in app.json (`pages: []`: they hold code only);
 * 3. replaces webpack's script loader with `require.async`: the chunk file pushes its modules into
 *    `wx.webpackJsonp` when it runs, as Taro's own chunks do, and webpack's promise then resolves. A failed load
 *    (no network for the subpackage's download) rejects the `import()`; a later `import()` tries again.
 * Modelled on the community plugin `@taro-minify-pack/plugin-async-pack` (panyu97py/taro-minify-pack), which is
 * not on our registry; this one is smaller: no async styles, one subpackage per named chunk.
 */

const PLUGIN = 'SyAsyncPack'
/** Where async chunks go: each its own subpackage under packages/. */
export const ASYNC_ROOT = 'packages/'

class RequireAsyncRuntimeModule extends webpack.RuntimeModule {
  constructor() {
    super('load script with require.async')
  }

  generate(): string {
    const l = webpack.RuntimeGlobals.loadScript
    return [
      'var inProgress = {};',
      `${l} = function (url, done) {`,
      '  if (inProgress[url]) { inProgress[url].push(done); return; }',
      '  inProgress[url] = [done];',
      '  var finish = function (type) {',
      '    var callbacks = inProgress[url];',
      '    delete inProgress[url];',
      '    callbacks.forEach(function (fn) { fn({ type: type, target: { src: url } }); });',
      '  };',
      // runtime.js sits at the package root, and WeChat's require takes paths relative to the calling file.
      "  require.async('.' + (url.charAt(0) === '/' ? '' : '/') + url).then(",
      "    function () { finish('load'); },",
      "    function () { finish('error'); }",
      '  );',
      '};',
    ].join('\n')
  }
}

type Chunk = Compilation['chunks'] extends Set<infer C> ? C : never
type ChunksOption = 'all' | 'async' | 'initial' | RegExp | ((chunk: Chunk) => boolean) | undefined

/**
 * Taro's cache groups (common, vendors, taro) take what two chunks share out of every chunk, async ones included;
 * a module moved out of a chunk loaded later into `common` is a webpack error (common is not its parent). So an
 * async chunk keeps what it needs that its parents have not loaded (search's code, which only the search page
 * loads, and only when the person first searches: src/platform/search-kit.ts).
 */
function keepAsyncChunksWhole(compiler: Compiler): void {
  const split = compiler.options.optimization.splitChunks
  if (!split || !split.cacheGroups) return
  const fallback = split.chunks as ChunksOption
  for (const group of Object.values(split.cacheGroups)) {
    if (!group || typeof group !== 'object' || group instanceof RegExp) continue
    const own = ('chunks' in group ? group.chunks : undefined) as ChunksOption
    const before = own ?? fallback ?? 'async'
    group.chunks = (chunk: Chunk) =>
      chunk.canBeInitial() &&
      (before === 'all' || before === 'initial' || (typeof before === 'function' && before(chunk)))
  }
}

export class AsyncPackPlugin {
  apply(compiler: Compiler): void {
    keepAsyncChunksWhole(compiler)
    compiler.options.output.chunkFilename = (pathData) => {
      const chunk = pathData.chunk
      const name = chunk && 'name' in chunk ? chunk.name : undefined
      // Taro's own chunks (common, vendors, sub-vendors …) keep their names; only async chunks are ours.
      if (chunk && 'canBeInitial' in chunk && !chunk.canBeInitial()) {
        if (!name || !/^[a-z0-9-]+$/.test(name))
          throw new Error(`${PLUGIN}: an async chunk needs a webpackChunkName of [a-z0-9-] (got ${name ?? 'none'})`)
        // A chunk per file of a context import (`import(`…/whole-${domain}-${n}.json`)`) is named by the file,
        // `[request]` ending in -json: each name is in app.json and the runtime (main package), so it is dropped.
        return `${ASYNC_ROOT}${name.replace(/-json$/, '')}/index.js`
      }
      return '[name].js'
    }
    compiler.hooks.thisCompilation.tap(PLUGIN, (compilation) => {
      compilation.hooks.runtimeRequirementInTree
        .for(webpack.RuntimeGlobals.loadScript)
        .tap({ name: PLUGIN, stage: -10 }, (chunk) => {
          compilation.addRuntimeModule(chunk, new RequireAsyncRuntimeModule())
          return true
        })
      compilation.hooks.processAssets.tap(
        { name: PLUGIN, stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONS },
        () => declareSubpackages(compilation),
      )
    })
  }
}

/** The roots of the async chunks' subpackages, added to app.json's subPackages. */
function declareSubpackages(compilation: Compilation): void {
  const roots = new Set<string>()
  for (const chunk of compilation.chunks) {
    if (chunk.canBeInitial()) continue
    for (const file of chunk.files) {
      if (file.endsWith('.js') && file.startsWith(ASYNC_ROOT)) roots.add(file.slice(0, file.lastIndexOf('/') + 1))
    }
  }
  const asset = compilation.getAsset('app.json')
  if (!asset || roots.size === 0) return
  const app = JSON.parse(asset.source.source().toString()) as {
    subPackages?: Array<{ root: string; pages: string[] }>
    subpackages?: Array<{ root: string; pages: string[] }>
    preloadRule?: Record<string, { packages?: string[] }>
  }
  const subs = app.subPackages ?? app.subpackages ?? []
  for (const root of [...roots].sort()) if (!subs.some((s) => s.root === root)) subs.push({ root, pages: [] })
  // A preload rule naming a subpackage that is not there (a chunk renamed) is refused by WeChat: say so here.
  for (const [page, rule] of Object.entries(app.preloadRule ?? {}))
    for (const name of rule.packages ?? [])
      if (name !== '__APP__' && !subs.some((s) => s.root === name))
        compilation.errors.push(
          new webpack.WebpackError(`${PLUGIN}: preloadRule of ${page} names ${name}, no subpackage`),
        )
  delete app.subpackages
  app.subPackages = subs
  compilation.updateAsset('app.json', new webpack.sources.RawSource(JSON.stringify(app)))
}

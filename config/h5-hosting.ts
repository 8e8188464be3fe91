import crypto from 'node:crypto'
import zlib from 'node:zlib'
import type { Compilation, Compiler } from 'webpack'

/*
 * What a production host needs from the H5 build, made once at build time:
 * - index.html preloads the chunk every page shares, and (a small inline script) the opened route's own
 *   chunks, and carries the Content-Security-Policy (as a meta tag), with the
 *   hash of each inline script, so any host serves the same policy and
 *   `npm start` / nginx send it as a header too;
 * - every text file also as .br and .gz, so the server picks one by the
 *   request's Accept-Encoding instead of compressing on each request.
 */

/** The route an address without a hash opens. */
const HOME_ROUTE = 'pages/index/index'

const TEXT = /\.(js|css|html|svg|json|txt|map)$/
/** Below this a compressed copy saves less than a packet. */
const MIN_BYTES = 512

export interface HostingOptions {
  /** The content pack URL of this build, if any: the app fetches it, so connect-src allows its origin. */
  contentUrl?: string
}

function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = []
  for (const match of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
    const body = match[1] ?? ''
    if (body.trim() === '') continue
    hashes.push(`'sha256-${crypto.createHash('sha256').update(body, 'utf8').digest('base64')}'`)
  }
  return hashes
}

export function contentSecurityPolicy(html: string, contentUrl = ''): string {
  let contentOrigin = ''
  try {
    if (contentUrl) contentOrigin = new URL(contentUrl).origin
  } catch {
    contentOrigin = ''
  }
  return [
    "default-src 'self'",
    `script-src 'self' ${inlineScriptHashes(html).join(' ')}`.trim(),
    // Taro's router and component runtime insert <style> elements at run time; no style carries content text.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${contentOrigin ? ` ${contentOrigin}` : ''}`,
    "media-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ')
}

/** A page module: `pages/index/index`, `packages/events/pages/detail/index` (the route, as in app.config.ts). */
const PAGE_MODULE = /[\\/]src[\\/]((?:packages[\\/][a-z-]+[\\/])?pages[\\/][a-z-]+[\\/]index)\.tsx(?:\?|$)/

/**
 * Per route, the files its page chunk group needs beyond the entry and the shared chunk: the page, its
 * domain's records, code that non-home pages share. Found from the compilation, never listed by hand.
 */
export function routeFiles(compilation: Compilation, publicPath: string): Record<string, string[]> {
  const routes: Record<string, string[]> = {}
  for (const group of compilation.chunkGroups) {
    if (group.isInitial()) continue
    const pages = new Set<string>()
    for (const chunk of group.chunks) {
      for (const module of compilation.chunkGraph.getChunkModulesIterable(chunk)) {
        const resources = [module, ...(((module as { modules?: unknown[] }).modules ?? []) as (typeof module)[])]
        for (const m of resources) {
          const page = PAGE_MODULE.exec((m as { resource?: string }).resource ?? '')?.[1]
          if (page) pages.add(page.split('\\').join('/'))
        }
      }
    }
    // A chunk group of one page only (a page's own import() from the app's router).
    if (pages.size !== 1) continue
    const files = group.chunks
      .flatMap((c) => [...c.files])
      .filter((f) => /^(js|css)\/.+\.(js|css)$/.test(f) && !/^(js|css)\/shared\./.test(f))
    routes[[...pages][0] as string] = files.map((f) => `${publicPath}${f}`)
  }
  return routes
}

/**
 * Per domain, the chunks of its whole records' parts in part order (`digest-whole-<domain>-<n>-json`, one per
 * part file of src/domain/parts.ts), found from the compilation.
 */
export function wholePartFiles(compilation: Compilation, publicPath: string): Record<string, string[]> {
  const parts: Record<string, string[]> = {}
  for (const chunk of compilation.chunks) {
    const named = /^digest-whole-([a-z]+)-(\d+)-json$/.exec(chunk.name ?? '')
    const file = [...chunk.files].find((f) => /^js\/.+\.js$/.test(f))
    if (!named || !file) continue
    const domain = named[1] as string
    parts[domain] = parts[domain] ?? []
    ;(parts[domain] as string[])[Number(named[2])] = `${publicPath}${file}`
  }
  return parts
}

/**
 * An inline script that asks for the opened route's own chunks while the entry is still downloading, instead
 * of after the entry ran and the router looked at the address (one round trip less before the first screen).
 * A detail page also asks for the part that holds its record (`?id=`), which its first screen waits for: the
 * part is FNV-1a of the id's UTF-16 units modulo the domain's number of parts, as partOf in src/domain/parts.ts
 * (test/e2e/hosting.test.ts holds the two to the same part for every record).
 */
export function routePreloadScript(
  routes: Record<string, string[]>,
  home: string,
  parts: Record<string, string[]> = {},
): string {
  return (
    `(function(){var m=${JSON.stringify(routes)},w=${JSON.stringify(parts)};` +
    `var h=location.hash.replace(/^#\\/?/,''),r=h.split('?')[0]||${JSON.stringify(home)},f=(m[r]||[]).slice();` +
    `var d=/^packages\\/([a-z]+)\\/pages\\/detail\\/index$/.exec(r),q=/[?&]id=([^&#]*)/.exec(h),p=d&&w[d[1]];` +
    `if(p&&q){try{var id=decodeURIComponent(q[1]),x=2166136261;for(var i=0;i<id.length;i++){` +
    `x=Math.imul(x^id.charCodeAt(i),16777619)>>>0}if(p[x%p.length])f.push(p[x%p.length])}catch(e){}}` +
    `f.forEach(function(u){var l=document.createElement('link');l.rel='preload';` +
    `l.as=/\\.css$/.test(u)?'style':'script';l.href=u;document.head.appendChild(l)})})()`
  )
}

export class H5HostingPlugin {
  constructor(private readonly options: HostingOptions = {}) {}

  apply(compiler: Compiler): void {
    const { Compilation: C, sources } = compiler.webpack
    const publicPath = typeof compiler.options.output.publicPath === 'string' ? compiler.options.output.publicPath : '/'
    compiler.hooks.thisCompilation.tap('H5HostingPlugin', (compilation: Compilation) => {
      compilation.hooks.processAssets.tap(
        // After html-webpack-plugin (OPTIMIZE_INLINE) and the real content hashes: the files as they ship.
        { name: 'H5HostingPlugin', stage: C.PROCESS_ASSETS_STAGE_OPTIMIZE_TRANSFER },
        (assets) => {
          // Nearly every page needs the shared chunk: fetched with the entry instead of after it.
          const preloads = Object.keys(assets)
            .filter((n) => /^(js|css)\/shared\.[0-9a-f]+\.(js|css)$/.test(n))
            .map((n) => `<link rel="preload" href="${publicPath}${n}" as="${n.endsWith('.js') ? 'script' : 'style'}">`)
            .join('')
          const routes = routeFiles(compilation, publicPath)
          const parts = wholePartFiles(compilation, publicPath)
          const routePreload = `<script>${routePreloadScript(routes, HOME_ROUTE, parts)}</script>`
          for (const name of Object.keys(assets)) {
            if (!name.endsWith('.html')) continue
            const html = (compilation.getAsset(name)?.source.source().toString() ?? '').replace(
              '</head>',
              `${preloads}${routePreload}</head>`,
            )
            const csp = contentSecurityPolicy(html, this.options.contentUrl)
            const meta = `<meta http-equiv="Content-Security-Policy" content="${csp}">`
            // Right after the charset, before the inline script it allows.
            const withMeta = html.replace(/(<meta charset="?utf-8"?>)/i, `$1${meta}`)
            if (withMeta === html) throw new Error(`H5HostingPlugin: no <meta charset> in ${name} to put the CSP after`)
            compilation.updateAsset(name, new sources.RawSource(withMeta))
          }
          for (const name of Object.keys(assets)) {
            if (!TEXT.test(name) || name.endsWith('.LICENSE.txt')) continue
            const buf = Buffer.from(compilation.getAsset(name)?.source.source() ?? '')
            if (buf.length < MIN_BYTES) continue
            const br = zlib.brotliCompressSync(buf, {
              params: {
                [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
                [zlib.constants.BROTLI_PARAM_SIZE_HINT]: buf.length,
              },
            })
            const gz = zlib.gzipSync(buf, { level: 9 })
            if (br.length < buf.length) compilation.emitAsset(`${name}.br`, new sources.RawSource(br))
            if (gz.length < buf.length) compilation.emitAsset(`${name}.gz`, new sources.RawSource(gz))
          }
        },
      )
    })
  }
}

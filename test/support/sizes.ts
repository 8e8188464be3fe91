import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'
import { h5Dist, weappDist } from './paths'
import { expectTexts, openRoute, type H5Session } from './browser'
import { HOME_ROUTE, ROUTE_TEXT } from './routes'

/** What WeChat uploads: everything but source maps and extracted licence comments. */
export function uploaded(file: string): boolean {
  return !file.endsWith('.map') && !file.endsWith('.LICENSE.txt')
}

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name)
    return e.isDirectory() ? walk(full) : [full]
  })
}

export interface PackageSize {
  name: string
  bytes: number
  files: number
}

/** Bytes per weapp package: `main`, then each subpackage by its root. */
export function weappPackageSizes(dist = weappDist()): PackageSize[] {
  const json = JSON.parse(fs.readFileSync(path.join(dist, 'app.json'), 'utf8')) as {
    subPackages?: Array<{ root: string }>
    subpackages?: Array<{ root: string }>
  }
  const roots = (json.subPackages ?? json.subpackages ?? []).map((s) => s.root.replace(/\/?$/, '/'))
  const sizes = new Map<string, PackageSize>([['main', { name: 'main', bytes: 0, files: 0 }]])
  for (const r of roots) sizes.set(r, { name: r, bytes: 0, files: 0 })
  for (const file of walk(dist)) {
    const rel = path.relative(dist, file).split(path.sep).join('/')
    if (!uploaded(rel)) continue
    const entry = sizes.get(roots.find((r) => rel.startsWith(r)) ?? 'main')
    if (!entry) continue
    entry.bytes += fs.statSync(file).size
    entry.files++
  }
  return [...sizes.values()]
}

export interface FirstLoad {
  scripts: Array<{ path: string; raw: number; gzip: number }>
  raw: number
  gzip: number
}

export function gzipSize(buf: Buffer): number {
  return zlib.gzipSync(buf, { level: 9 }).length
}

/**
 * JavaScript the browser fetched to show a route (home unless given): every script
 * request from a cold load of the route until its text is visible and the network
 * is idle (entry scripts from index.html and the chunks the route pulls in).
 * Sizes come from the files on disk; gzip at level 9 stands in for the transfer.
 */
export async function measureH5FirstLoad(session: H5Session, dist = h5Dist(), route = HOME_ROUTE): Promise<FirstLoad> {
  const opened = await openRoute(session, route)
  try {
    await expectTexts(opened.page, ROUTE_TEXT[route.split('?')[0] ?? route] ?? [])
    await opened.page.waitForLoadState('networkidle')
    const unique = [...new Set(opened.scripts)]
    const scripts = unique.map((p) => {
      const buf = fs.readFileSync(path.join(dist, p.replace(/^\/+/, '')))
      return { path: p, raw: buf.length, gzip: gzipSize(buf) }
    })
    return {
      scripts,
      raw: scripts.reduce((s, x) => s + x.raw, 0),
      gzip: scripts.reduce((s, x) => s + x.gzip, 0),
    }
  } finally {
    await opened.close()
  }
}

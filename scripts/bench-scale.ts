// The bench at ten times today's content (issue 24): builds both apps with `content:scale`'s pack (unless
// SY_X10_WEAPP_DIST / SY_X10_H5_DIST name builds made before) and measures them beside today's builds: weapp
// packages, every list's first setData and nodes, H5 first-load JS, and long tasks on every list at 4× CPU.
// Used by scripts/bench.ts; each function returns a markdown section and the figures the targets check.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { h5Url, openRoute, startH5, type H5Session } from '../test/support/browser'
import { outputDir, repoRoot } from '../test/support/paths'
import { DOMAINS, listRoute } from '../test/support/routes'
import { measureH5FirstLoad, type PackageSize } from '../test/support/sizes'
import { WeappApp } from '../test/weapp/harness'

const kb = (n: number | undefined): string => (n === undefined ? 'n/a' : `${(n / 1024).toFixed(1)} KB`)

function table(head: string[], rows: string[][]): string {
  return [
    `| ${head.join(' | ')} |`,
    `|${head.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n')
}

export interface Builds {
  weapp: string
  h5: string
}

/** The ten-fold pack and both builds made with it; throws with the build's last lines when one fails. */
export function tenfoldBuilds(): Builds {
  const given = { weapp: process.env.SY_X10_WEAPP_DIST, h5: process.env.SY_X10_H5_DIST }
  const pack = outputDir('pack-x10')
  const out: Builds = {
    weapp: given.weapp ? path.resolve(repoRoot, given.weapp) : outputDir('dist-x10', 'weapp'),
    h5: given.h5 ? path.resolve(repoRoot, given.h5) : outputDir('dist-x10', 'h5'),
  }
  const run = (args: string[], env: Record<string, string> = {}) => {
    const r = spawnSync('npm', args, {
      cwd: repoRoot,
      env: { ...process.env, ...env },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    if (r.status !== 0) throw new Error(`npm ${args.join(' ')} failed: ${(r.stderr || r.stdout).slice(-600)}`)
  }
  if (!given.weapp || !given.h5) run(['run', 'content:scale', '--', '--out', pack])
  for (const type of ['weapp', 'h5'] as const) {
    if (given[type]) continue
    process.stderr.write(`bench: building ${type} with ten times today's content …\n`)
    run(['run', `build:${type}`], { SY_CONTENT_DIR: pack, SY_DIST: out[type] })
  }
  return out
}

/** weapp packages, today and at ten times, side by side. */
export function packageTable(today: PackageSize[], tenfold: PackageSize[]): string {
  const names = [...new Set([...today, ...tenfold].map((s) => s.name))]
  const total = (s: PackageSize[]) => s.reduce((n, p) => n + p.bytes, 0)
  return table(
    ['package', '1×', '10×'],
    [
      ...names.map((n) => [
        n,
        kb(today.find((s) => s.name === n)?.bytes),
        kb(tenfold.find((s) => s.name === n)?.bytes),
      ]),
      ['total', kb(total(today)), kb(total(tenfold))],
    ],
  )
}

export interface ListFigures {
  name: string
  bytes: number
  nodes: number
}

const LISTS: Array<[string, string, Record<string, string>]> = [
  ...DOMAINS.map((d): [string, string, Record<string, string>] => [`${d} list`, listRoute(d), {}]),
  ['livelihood demo plan', listRoute('livelihood'), { view: 'demo' }],
]

/** Every list's first setData and nodes in the headless weapp harness. */
export async function weappLists(dist: string): Promise<ListFigures[]> {
  const out: ListFigures[] = []
  for (const [name, route, query] of LISTS) {
    const app = await WeappApp.launch({ dist })
    try {
      const page = await app.open(route, query)
      out.push({ name, bytes: page.metrics.firstRenderBytes, nodes: page.nodeCount })
    } finally {
      app.close()
    }
  }
  return out
}

export function listTable(today: ListFigures[], tenfold: ListFigures[]): string {
  return table(
    ['list', '1× first setData', '1× nodes', '10× first setData', '10× nodes'],
    today.map((t) => {
      const b = tenfold.find((x) => x.name === t.name)
      return [t.name, kb(t.bytes), String(t.nodes), kb(b?.bytes), String(b?.nodes ?? 'n/a')]
    }),
  )
}

/** gzip bytes of JavaScript before the first screen of each route, on one H5 build. */
export async function firstLoads(dist: string, routes: Array<[string, string]>): Promise<Map<string, number>> {
  const prev = process.env.SY_H5_DIST
  process.env.SY_H5_DIST = dist
  const session = await startH5()
  process.env.SY_H5_DIST = prev
  const out = new Map<string, number>()
  try {
    for (const [name, route] of routes) out.set(name, (await measureH5FirstLoad(session, undefined, route)).gzip)
  } finally {
    await session.close()
  }
  return out
}

export interface LongTasks {
  name: string
  /** Longest task, ms. */
  longest: number
  /** Sum of the parts of every task beyond 50 ms (total blocking time), ms. */
  blocking: number
}

/**
 * Long tasks (PerformanceObserver 'longtask') while a list opens cold and the person scrolls to its end
 * three times, with Chromium's CPU slowed 4×.
 */
export async function listLongTasks(dist: string): Promise<LongTasks[]> {
  const prev = process.env.SY_H5_DIST
  process.env.SY_H5_DIST = dist
  const session: H5Session = await startH5()
  process.env.SY_H5_DIST = prev
  const out: LongTasks[] = []
  try {
    for (const [name, route, query] of LISTS) {
      const q = new URLSearchParams(query).toString()
      const full = q ? `${route}?${q}` : route
      const opened = await openRoute(session, 'pages/mine/index', {
        initScript: `window.__longTasks = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longTasks.push(e.duration) }).observe({ type: 'longtask', buffered: true })`,
      })
      try {
        const cdp = await opened.context.newCDPSession(opened.page)
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
        await opened.page.goto(h5Url(session.server.origin, full), { waitUntil: 'networkidle' })
        await opened.page.waitForTimeout(1000)
        for (let i = 0; i < 3; i++) {
          await opened.page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight))
          await opened.page.waitForTimeout(800)
        }
        const tasks = await opened.page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks)
        out.push({
          name,
          longest: Math.max(0, ...tasks),
          blocking: tasks.reduce((s, t) => s + Math.max(0, t - 50), 0),
        })
      } finally {
        await opened.close()
      }
    }
  } finally {
    await session.close()
  }
  return out
}

export function longTaskTable(today: LongTasks[], tenfold: LongTasks[]): string {
  const ms = (n: number | undefined) => (n === undefined ? 'n/a' : `${n.toFixed(0)} ms`)
  return table(
    ['list', '1× longest task', '1× blocking', '10× longest task', '10× blocking'],
    today.map((t) => {
      const b = tenfold.find((x) => x.name === t.name)
      return [t.name, ms(t.longest), ms(t.blocking), ms(b?.longest), ms(b?.blocking)]
    }),
  )
}

export function existingBuild(dist: string): boolean {
  return fs.existsSync(dist)
}

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
import { gzipSize, measureH5FirstLoad, type PackageSize } from '../test/support/sizes'
import { serveStatic } from '../test/support/static-server'
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
  const session = await startH5(await serveStatic(dist))
  const out = new Map<string, number>()
  try {
    for (const [name, route] of routes) out.set(name, (await measureH5FirstLoad(session, dist, route)).gzip)
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
  const session: H5Session = await startH5(await serveStatic(dist))
  const out: LongTasks[] = []
  try {
    for (const [name, route, query] of LISTS) {
      const q = new URLSearchParams(query).toString()
      const full = q ? `${route}?${q}` : route
      const opened = await openRoute(session, 'pages/mine/index', {
        initScript: `window.__longTasks = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longTasks.push([e.startTime, e.duration]) }).observe({ type: 'longtask', buffered: true })`,
      })
      try {
        const cdp = await opened.context.newCDPSession(opened.page)
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
        // Only the list's own tasks: 我的 opened first (unthrottled) to start the app, and its start-up is not the list's.
        const since = await opened.page.evaluate(() => performance.now())
        await opened.page.goto(h5Url(session.server.origin, full), { waitUntil: 'networkidle' })
        await opened.page.waitForTimeout(1000)
        for (let i = 0; i < 3; i++) {
          await opened.page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight))
          await opened.page.waitForTimeout(800)
        }
        const tasks = (
          await opened.page.evaluate(() => (window as unknown as { __longTasks: Array<[number, number]> }).__longTasks)
        )
          .filter(([start]) => start >= since)
          .map(([, duration]) => duration)
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

type TargetFn = (
  t: { name: string; limit: number; unit: 'KB' | 'ms' | 's' | 'score'; atMost: boolean },
  measure: () => number,
) => void

const KB = 1024
const SEARCH_ROUTE = 'pages/search/index'

/**
 * Everything the bench measures at ten times today's content, beside today's builds: sections for
 * docs/benchmarks.md, and the targets of issue 24 through `target`. BENCH_X10=0 skips it. `built` is told the
 * ten-fold builds, for what the bench measures on them itself (the first search keystroke).
 */
export async function tenfoldSections(
  today: Builds,
  coldDetail: string,
  target: TargetFn,
  built: (x10: Builds) => void = () => {},
): Promise<string[]> {
  const sections: string[] = []
  let x10: Builds
  try {
    x10 = tenfoldBuilds()
    built(x10)
  } catch (error) {
    const why = (error as Error).message.split('\n')[0] ?? 'failed'
    target({ name: 'weapp main package at 10×', limit: 455 * KB, unit: 'KB', atMost: true }, () => {
      throw new Error(why)
    })
    return [`## Ten times today's content\n\nn/a: ${why}`]
  }

  const { weappPackageSizes } = await import('../test/support/sizes')
  const sizes1 = weappPackageSizes(today.weapp)
  const sizes10 = weappPackageSizes(x10.weapp)
  sections.push(`## weapp packages, 1× and 10× (uploaded bytes)\n\n${packageTable(sizes1, sizes10)}`)
  target({ name: 'weapp main package at 10×', limit: 455 * KB, unit: 'KB', atMost: true }, () => {
    const main = sizes10.find((s) => s.name === 'main')
    if (!main) throw new Error('no ten-fold weapp build')
    return main.bytes
  })
  for (const s of sizes10.filter((p) => p.name !== 'main'))
    target({ name: `weapp subpackage ${s.name} at 10×`, limit: 300 * KB, unit: 'KB', atMost: true }, () => s.bytes)

  const lists1 = await weappLists(today.weapp)
  const lists10 = await weappLists(x10.weapp)
  sections.push(`## weapp lists: first setData and nodes, 1× and 10×\n\n${listTable(lists1, lists10)}`)
  for (const [label, figures] of [
    ['1×', lists1],
    ['10×', lists10],
  ] as const)
    for (const l of figures) {
      target({ name: `${l.name} first setData, ${label}`, limit: 32 * KB, unit: 'KB', atMost: true }, () => l.bytes)
      target({ name: `${l.name} nodes, ${label}`, limit: 599, unit: 'score', atMost: true }, () => l.nodes)
    }

  const routes: Array<[string, string]> = [
    ['home', 'pages/index/index'],
    ['cold event detail', coldDetail],
    ['search', SEARCH_ROUTE],
  ]
  try {
    const f1 = await firstLoads(today.h5, routes)
    const f10 = await firstLoads(x10.h5, routes)
    sections.push(
      `## H5 first-load JS (gzip), 1× and 10×\n\n${table(
        ['route', '1×', '10×'],
        routes.map(([n]) => [n, kb(f1.get(n)), kb(f10.get(n))]),
      )}`,
    )
  } catch (error) {
    sections.push(`## H5 first-load JS, 1× and 10×\n\nn/a: ${(error as Error).message.split('\n')[0]}`)
  }

  try {
    const t1 = await listLongTasks(today.h5)
    const t10 = await listLongTasks(x10.h5)
    sections.push(
      `## H5 lists: long tasks at 4× CPU (open cold, then scroll to the end 3 times), 1× and 10×\n\n${longTaskTable(t1, t10)}`,
    )
    for (const t of t10)
      target(
        { name: `H5 ${t.name}: longest task at 4× CPU, 10×`, limit: 50, unit: 'ms', atMost: true },
        () => t.longest,
      )
  } catch (error) {
    sections.push(`## H5 lists: long tasks\n\nn/a: ${(error as Error).message.split('\n')[0]}`)
  }
  return sections
}

/** gzip bytes of the JavaScript the floor's page loads before 你好，世界 shows. */
export async function floorFirstLoad(dist: string): Promise<number> {
  const session = await startH5(await serveStatic(dist))
  try {
    const opened = await openRoute(session, 'pages/index/index')
    try {
      await opened.page.getByText('你好，世界').waitFor({ timeout: 30000 })
      await opened.page.waitForLoadState('networkidle')
      return [...new Set(opened.scripts)].reduce(
        (sum, p) => sum + gzipSize(fs.readFileSync(path.join(dist, p.replace(/^\/+/, '')))),
        0,
      )
    } finally {
      await opened.close()
    }
  } finally {
    await session.close()
  }
}

/**
 * The floor: bench/floor (a Taro + React hello world with the app's config and targets) built for H5 under
 * test-output/floor/h5, unless SY_FLOOR_H5_DIST names a build made before.
 */
export function floorBuild(): string {
  if (process.env.SY_FLOOR_H5_DIST) return path.resolve(repoRoot, process.env.SY_FLOOR_H5_DIST)
  const dist = outputDir('floor', 'h5')
  process.stderr.write('bench: building the hello-world floor (bench/floor) …\n')
  // Built from the repo root with the app's own config, pointed at the floor's source (config/index.ts): Taro
  // compiles only config files inside the project, so a config of the floor's own could not import the app's.
  const r = spawnSync('npx', ['taro', 'build', '--type', 'h5'], {
    cwd: repoRoot,
    env: { ...process.env, SY_DIST: dist, SY_SOURCE_ROOT: 'bench/floor/src', NODE_ENV: 'production' },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  if (r.status !== 0) throw new Error(`the floor's build failed: ${(r.stderr || r.stdout).slice(-600)}`)
  return dist
}

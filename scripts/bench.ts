import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { embeddedPack } from '@/content'
import type { ContentPack, Domain } from '@/content/schema'
import { search as runSearch } from '@/domain/search'
import { judgeSearch, type JudgedQuery } from '@/domain/search-judge'
import { startH5 } from '../test/support/browser'
import { h5Dist, repoRoot, weappDist } from '../test/support/paths'
import {
  DOMAINS,
  HOME_ROUTE,
  firstRecord,
  listRoute,
  detailRoute,
  SEARCH_ROUTE,
  MINE_ROUTE,
  UNKNOWN_ID,
} from '../test/support/routes'
import { measureH5FirstLoad, weappPackageSizes } from '../test/support/sizes'
import { WeappApp } from '../test/weapp/harness'

// Prints numbers and writes docs/benchmarks.md; asserts nothing about time.
// Run after `npm run build` (or point SY_WEAPP_DIST / SY_H5_DIST at builds).

const RUNS = Number(process.env.BENCH_RUNS || 5)
const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`
const ms = (n: number | undefined): string => (n === undefined ? 'n/a' : `${n.toFixed(n < 10 ? 3 : 1)} ms`)

function quantile(values: number[], q: number): number | undefined {
  if (values.length === 0) return undefined
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]
}

function table(head: string[], rows: string[][]): string {
  return [
    `| ${head.join(' | ')} |`,
    `|${head.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n')
}

async function weappPages(): Promise<string[][]> {
  const cases: Array<[string, string, Record<string, string>]> = [
    ['home', HOME_ROUTE, {}],
    ['search', SEARCH_ROUTE, {}],
    ['mine', MINE_ROUTE, {}],
  ]
  for (const d of DOMAINS) {
    const first = firstRecord(d)
    cases.push([`${d} list`, listRoute(d), {}])
    cases.push([`${d} detail`, detailRoute(d), { id: first?.id ?? UNKNOWN_ID }])
  }
  const rows: string[][] = []
  for (const [name, route, query] of cases) {
    const settle: number[] = []
    let first = 0
    let nodes = 0
    for (let i = 0; i < RUNS; i++) {
      const app = await WeappApp.launch()
      try {
        const page = await app.open(route, query)
        settle.push(page.metrics.settleMs)
        first = page.metrics.firstRenderBytes
        nodes = page.metrics.nodeCount
      } finally {
        app.close()
      }
    }
    rows.push([name, `${first} B`, String(nodes), ms(quantile(settle, 0.5))])
  }
  return rows
}

/** The embedded pack with every domain repeated ten times (ids made unique). */
function tenfold(pack: ContentPack): ContentPack {
  const out = { ...pack } as Record<string, unknown>
  for (const d of DOMAINS) {
    const records = pack[d] as ReadonlyArray<{ id: string }>
    out[d] = Array.from({ length: 10 }, (_, k) =>
      records.map((r) => ({ ...r, id: k === 0 ? r.id : `${r.id}-x${k}` })),
    ).flat()
  }
  return out as unknown as ContentPack
}

type HotPath = { name: string; run: (pack: ContentPack) => unknown }

async function hotPaths(): Promise<HotPath[]> {
  const now = new Date('2026-06-15T10:00:00+08:00')
  const paths: HotPath[] = []
  const lists: Array<[Domain, string, string]> = [
    ['livelihood', 'livelihood', 'listProjects'],
    ['jobs', 'jobs', 'listJobs'],
    ['events', 'events', 'listEvents'],
    ['attractions', 'attractions', 'listAttractions'],
    ['policies', 'policies', 'listPolicies'],
  ]
  const load = async (mod: string): Promise<Record<string, unknown>> => {
    const file = path.join(repoRoot, 'src', 'domain', `${mod}.ts`)
    if (!fs.existsSync(file)) return {}
    try {
      return (await import(file)) as Record<string, unknown>
    } catch {
      return {}
    }
  }
  for (const [domain, mod, fnName] of lists) {
    const fn = (await load(mod))[fnName]
    paths.push({
      name: `${fnName} (no filter)`,
      run: typeof fn === 'function' ? (p) => (fn as (...a: unknown[]) => unknown)(p[domain], {}, now) : () => undefined,
    })
    if (typeof fn !== 'function') paths[paths.length - 1]!.name += ' — missing'
  }
  const searchMod = await load('search')
  const search = searchMod.search
  for (const q of ['梅花鹿', '低保', 'yiliao', '双阳 公园']) {
    paths.push({
      name: `search(${q})`,
      run:
        typeof search === 'function' ? (p) => (search as (pack: unknown, q: string) => unknown)(p, q) : () => undefined,
    })
    if (typeof search !== 'function') paths[paths.length - 1]!.name += ' — missing'
  }
  return paths
}

function timeIt(run: () => unknown, iterations: number): number[] {
  const out: number[] = []
  for (let i = 0; i < iterations; i++) {
    const t = performance.now()
    run()
    out.push(performance.now() - t)
  }
  return out
}

/** Search quality on the judged query set and time per query, on the real pack and ten times it. */
function searchQuality(big: ContentPack): { text: string; ok: boolean } {
  const file = path.join(repoRoot, 'test', 'fixtures', 'search-judged.json')
  const queries = (JSON.parse(fs.readFileSync(file, 'utf8')) as { queries: JudgedQuery[] }).queries
  const score = judgeSearch(embeddedPack, queries)
  const rows: string[][] = []
  for (const [name, pack] of [
    ['real', embeddedPack],
    ['10×', big],
  ] as const) {
    for (let i = 0; i < 3; i += 1) for (const q of queries) runSearch(pack, q.query)
    // Each query's median of 15 runs, p95 across the queries; and p95 of every single run (GC pauses included).
    const runs = queries.map((q) => timeIt(() => runSearch(pack, q.query), 15))
    const perQuery = runs.map((t) => quantile(t, 0.5) ?? 0)
    const p95 = quantile(perQuery, 0.95) ?? 0
    rows.push([
      name,
      ms(quantile(perQuery, 0.5)),
      ms(p95),
      ms(quantile(runs.flat(), 0.95)),
      p95 <= 1 ? 'yes' : 'NO (target ≤ 1 ms)',
    ])
  }
  const top1 = score.top1 * 100
  const ok = top1 >= 90
  const misses = score.outcomes
    .filter((o) => o.rank !== 1)
    .map(
      (o) =>
        `- \`${o.query}\` wants ${o.want}: ${o.rank > 0 ? `rank ${o.rank}` : 'not shown'}, first ${o.first ?? '—'}`,
    )
  const text = [
    `${score.queries} judged queries (test/fixtures/search-judged.json).`,
    '',
    table(
      ['measure', 'value', 'target'],
      [
        ['top-1 accuracy', `${top1.toFixed(1)} %`, `≥ 90 % ${ok ? 'met' : 'NOT MET'}`],
        ['MRR', score.mrr.toFixed(3), ''],
      ],
    ),
    '',
    table(['pack', 'per-query median', 'per-query p95', 'p95 of all runs', 'p95 ≤ 1 ms'], rows),
    '',
    ...(misses.length > 0 ? ['Not first:', '', ...misses] : ['Every wanted record came first.']),
  ].join('\n')
  return { text, ok }
}

async function main(): Promise<void> {
  const sections: string[] = []
  const started = new Date()
  const quality = searchQuality(tenfold(embeddedPack))
  sections.push(`## Search quality and speed\n\n${quality.text}`)
  if (!quality.ok) process.exitCode = 1

  const sizes = weappPackageSizes()
  const total = sizes.reduce((s, p) => s + p.bytes, 0)
  sections.push(
    '## weapp packages (uploaded bytes, no .map / .LICENSE.txt)\n\n' +
      table(
        ['package', 'files', 'size'],
        [...sizes.map((s) => [s.name, String(s.files), kb(s.bytes)]), ['total', '', kb(total)]],
      ),
  )

  let firstLoad = 'n/a (no H5 build or no Chromium)'
  try {
    const session = await startH5()
    try {
      const load = await measureH5FirstLoad(session)
      firstLoad = table(
        ['script', 'raw', 'gzip'],
        [...load.scripts.map((s) => [s.path, kb(s.raw), kb(s.gzip)]), ['total', kb(load.raw), kb(load.gzip)]],
      )
    } finally {
      await session.close()
    }
  } catch (error) {
    firstLoad = `n/a: ${(error as Error).message.split('\n')[0]}`
  }
  sections.push(`## H5 home: JavaScript before the first screen\n\n${firstLoad}`)

  sections.push(
    `## weapp pages in the headless harness (median of ${RUNS} cold opens)\n\n` +
      table(['page', 'first-render setData', 'nodes', 'settle (median)'], await weappPages()),
  )

  const rows: string[][] = []
  const big = tenfold(embeddedPack)
  for (const hp of await hotPaths()) {
    const cells = [hp.name]
    for (const pack of [embeddedPack, big]) {
      if (hp.name.endsWith('missing')) {
        cells.push('n/a', 'n/a')
        continue
      }
      try {
        timeIt(() => hp.run(pack), 5)
        const t = timeIt(() => hp.run(pack), 50)
        cells.push(ms(quantile(t, 0.5)), ms(quantile(t, 0.95)))
      } catch (error) {
        cells.push(`error: ${(error as Error).message.slice(0, 40)}`, 'n/a')
      }
    }
    rows.push(cells)
  }
  sections.push(
    '## Domain hot paths (50 runs after 5 warm-up)\n\n' +
      table(['path', 'real median', 'real p95', '10× median', '10× p95'], rows),
  )

  const cpus = os.cpus()
  const machine = `${cpus[0]?.model ?? 'unknown CPU'} × ${cpus.length}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GB, ${os.type()} ${os.release()}, node ${process.version}`
  const doc = [
    '# Benchmarks',
    '',
    `Written by \`npm run bench\` on ${started.toISOString()}.`,
    '',
    `Machine: ${machine}. Builds: \`${path.relative(repoRoot, weappDist()) || weappDist()}\`, \`${path.relative(repoRoot, h5Dist()) || h5Dist()}\`.`,
    '',
    'Times are wall-clock on a shared machine: compare runs on the same machine only. Sizes are exact.',
    '',
    ...sections.flatMap((s) => [s, '']),
  ].join('\n')
  process.stdout.write(`${doc}\n`)
  fs.mkdirSync(path.join(repoRoot, 'docs'), { recursive: true })
  fs.writeFileSync(path.join(repoRoot, 'docs', 'benchmarks.md'), doc)
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`)
  process.exitCode = 1
})

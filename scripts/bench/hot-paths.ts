import fs from 'node:fs'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { embeddedPack } from '@/content'
import type { ContentPack, Domain } from '@/content/schema'
import { judgeSearch, type JudgedQuery } from '@/domain/search/judge'
import { search as runSearch } from '@/domain/search/search'
import { repoRoot } from '../../test/support/paths'
import { DOMAINS } from '../../test/support/routes'
import { ms, quantile, table } from './measures'

// The domain functions a person waits on (search, lists, the self-check), timed in Node on today's pack and ten
// times it, and search quality on the judged keyword and question sets.

/** The embedded pack with every domain repeated ten times (ids made unique). */
export function tenfold(pack: ContentPack): ContentPack {
  const out = { ...pack } as Record<string, unknown>
  for (const d of DOMAINS) {
    const records = pack[d] as ReadonlyArray<{ id: string }>
    out[d] = Array.from({ length: 10 }, (_, k) =>
      records.map((r) => ({ ...r, id: k === 0 ? r.id : `${r.id}-x${k}` })),
    ).flat()
  }
  return out as unknown as ContentPack
}

export type HotPath = { name: string; run: (pack: ContentPack) => unknown }

export async function hotPaths(): Promise<HotPath[]> {
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
  for (const q of ['梅花鹿', '低保', 'yiliao', '双阳 公园']) {
    paths.push({ name: `search(${q})`, run: (p) => runSearch(p, q, now) })
  }
  return paths
}

export function timeIt(run: () => unknown, iterations: number): number[] {
  const out: number[] = []
  for (let i = 0; i < iterations; i++) {
    const t = performance.now()
    run()
    out.push(performance.now() - t)
  }
  return out
}

/**
 * Search quality on a judged set (the keywords of search-judged.json, or the questions of
 * search-questions.json, judged at the moment their file names) and time per query, on the real pack and ten
 * times it.
 */
export function searchQuality(
  big: ContentPack,
  fixture: string,
  key: 'queries' | 'questions',
  now?: string,
): { text: string; ok: boolean } {
  const file = path.join(repoRoot, 'test', 'fixtures', fixture)
  const queries = (JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, JudgedQuery[]>)[key] ?? []
  const score = judgeSearch(embeddedPack, queries, now)
  const rows: string[][] = []
  for (const [name, pack] of [
    ['real', embeddedPack],
    ['10×', big],
  ] as const) {
    for (let i = 0; i < 3; i += 1) for (const q of queries) runSearch(pack, q.query, now)
    // Each query's median of 15 runs, p95 across the queries; and p95 of every single run (GC pauses included).
    const runs = queries.map((q) => timeIt(() => runSearch(pack, q.query, now), 15))
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
    `${score.queries} judged ${key} (test/fixtures/${fixture}).`,
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

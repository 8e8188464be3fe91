// What every part of the bench shares: run count, number formats, quantiles, tables, and the targets it checks.

export const RUNS = Number(process.env.BENCH_RUNS || 5)
export const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`
export const ms = (n: number | undefined): string => (n === undefined ? 'n/a' : `${n.toFixed(n < 10 ? 3 : 1)} ms`)

export function quantile(values: number[], q: number): number | undefined {
  if (values.length === 0) return undefined
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]
}

export function table(head: string[], rows: string[][]): string {
  return [
    `| ${head.join(' | ')} |`,
    `|${head.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n')
}

export const KB = 1024

export interface Target {
  name: string
  limit: number
  unit: 'KB' | 'ms' | 's' | 'score'
  /** true: the figure must be at most the limit; false: at least. */
  atMost: boolean
  value?: number
  /** Why there is no value. */
  unmeasured?: string
}

export const targets: Target[] = []

export function target(t: Omit<Target, 'value' | 'unmeasured'>, measure: () => number): void {
  try {
    targets.push({ ...t, value: measure() })
  } catch (error) {
    targets.push({ ...t, unmeasured: (error as Error).message.split('\n')[0] })
  }
}

export function shown(t: Target, v: number | undefined): string {
  if (v === undefined) return 'n/a'
  if (t.unit === 'KB') return `${(v / KB).toFixed(1)} KB`
  if (t.unit === 'ms') return `${v.toFixed(0)} ms`
  if (t.unit === 's') return `${(v / 1000).toFixed(2)} s`
  return String(Math.round(v))
}

export function limitShown(t: Target): string {
  // One decimal at most: a limit worked out from the floor is not 114.5966796875 KB.
  const n = (v: number) => Number(v.toFixed(1))
  return `${t.atMost ? '≤' : '≥'} ${t.unit === 'KB' ? `${n(t.limit / KB)} KB` : t.unit === 's' ? `${n(t.limit / 1000)} s` : t.unit === 'ms' ? `${n(t.limit)} ms` : n(t.limit)}`
}

export const met = (t: Target): boolean | undefined =>
  t.value === undefined ? undefined : t.atMost ? t.value <= t.limit : t.value >= t.limit

export const median = (values: number[]): number => quantile(values, 0.5) ?? NaN

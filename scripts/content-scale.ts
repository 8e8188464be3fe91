// `content:scale -- [--times 10] [--out <dir>]` writes a test pack with every domain's records `times` times
// (default 10, into test-output/pack-x10): what a real district's volume looks like, never committed.
// Copies get unique ids and their own text (a character chain learnt from the domain's own text), so gzip and
// search see varied content rather than repeats. Towns, figures and meta stay as they are.
// The folder holds pack.json (the whole pack, for content:check) and src/content/<collection>.json laid out as
// in the repo; builds use it with SY_CONTENT_DIR=<dir> (config/content-dir.ts), and content:digest then writes
// <dir>/src/content/digest/.
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { embeddedPack } from '../src/content/index'
import { DOMAINS, type ContentPack, type Domain } from '../src/content/schema'
import { formatProblem } from '../src/content/problem'
import { acceptPack } from '../src/content/validate'

/** Free-text fields a copy rewrites; everything else (ids, references, dates, phones, sources) is kept. */
const TEXT_FIELDS: Record<Domain, readonly string[]> = {
  livelihood: ['title', 'summary', 'why'],
  jobs: ['title', 'duties', 'requirements', 'hours'],
  events: ['title', 'summary', 'highlights'],
  attractions: ['name', 'summary', 'description'],
  policies: ['title', 'summary', 'whoQualifies', 'whatToBring', 'whereToGo', 'keywords'],
}

/** A small deterministic generator, so the same command makes the same pack. */
function random(seed: number): () => number {
  let s = seed >>> 0 || 1
  return () => {
    s ^= s << 13
    s ^= s >>> 17
    s ^= s << 5
    return (s >>> 0) / 2 ** 32
  }
}

type Chain = Map<string, string[]>

function texts(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value)
  else if (Array.isArray(value)) value.forEach((v) => texts(v, out))
  return out
}

/** Second-order character chain over the domain's own text (digits and Latin letters left out). */
function learn(records: readonly Record<string, unknown>[], fields: readonly string[]): Chain {
  const chain: Chain = new Map()
  for (const r of records)
    for (const f of fields)
      for (const t of texts(r[f])) {
        const clean = t.replace(/[0-9A-Za-z]/g, '')
        for (let i = 2; i < clean.length; i += 1) {
          const key = clean.slice(i - 2, i)
          const next = chain.get(key) ?? []
          next.push(clean[i] as string)
          chain.set(key, next)
        }
      }
  return chain
}

/** Text about as long as `like`, walked along the chain from `like`'s first two characters. */
function walk(chain: Chain, like: string, rnd: () => number): string {
  const keys = [...chain.keys()]
  let out = like.replace(/[0-9A-Za-z]/g, '').slice(0, 2)
  // A title's prefix (`like` all Latin) starts anywhere in the chain.
  if (out.length < 2) out = keys[Math.floor(rnd() * keys.length)] ?? '示例'
  while (out.length < like.length) {
    const next = chain.get(out.slice(-2))
    if (!next || next.length === 0) {
      out += keys[Math.floor(rnd() * keys.length)] ?? ''
      continue
    }
    out += next[Math.floor(rnd() * next.length)]
  }
  return out
}

/** A copy's title keeps the original (a demo plan's 示例/某 stays) after a varied short prefix. */
function vary(field: string, value: unknown, chain: Chain, rnd: () => number): unknown {
  if (typeof value === 'string') {
    if (field === 'title' || field === 'name') return `${walk(chain, 'xxx', rnd)}${value}`
    return walk(chain, value, rnd)
  }
  if (Array.isArray(value)) return value.map((v) => vary(field, v, chain, rnd))
  return value
}

function copyOf(domain: Domain, record: Record<string, unknown>, k: number, chain: Chain, seed: number) {
  const rnd = random(seed)
  const copy: Record<string, unknown> = { ...record, id: `${String(record.id)}-x${k}` }
  for (const f of TEXT_FIELDS[domain]) if (f in record) copy[f] = vary(f, record[f], chain, rnd)
  return copy
}

export function scaledPack(pack: ContentPack, times: number, tries = 8): ContentPack {
  const out: Record<string, unknown> = { ...pack }
  const chains = Object.fromEntries(
    DOMAINS.map((d) => [d, learn(pack[d] as unknown as Record<string, unknown>[], TEXT_FIELDS[d])]),
  ) as Record<Domain, Chain>
  for (const d of DOMAINS) {
    const records = pack[d] as unknown as Record<string, unknown>[]
    out[d] = [
      ...records,
      ...Array.from({ length: times - 1 }, (_, i) =>
        records.map((r, j) => copyOf(d, r, i + 1, chains[d], (i + 1) * 7919 + j * 104729)),
      ).flat(),
    ]
  }
  // A copy the checker refuses (a chain can walk into a town name in a demo title) gets other text; after
  // a few tries it keeps the original's text under its own id.
  for (let attempt = 1; ; attempt += 1) {
    const result = acceptPack(out)
    if (result.ok) return result.pack
    const bad = new Set(result.problems.map((p) => p.where))
    let fixed = 0
    for (const d of DOMAINS) {
      const list = out[d] as Record<string, unknown>[]
      out[d] = list.map((r, j) => {
        if (!bad.has(`${d}/${String(r.id)}`)) return r
        const m = /^(.*)-x(\d+)$/.exec(String(r.id))
        const original = (pack[d] as unknown as Record<string, unknown>[]).find((o) => o.id === m?.[1])
        if (!m || !original) return r
        fixed += 1
        return attempt < tries
          ? copyOf(d, original, Number(m[2]), chains[d], attempt * 31337 + j)
          : { ...original, id: r.id }
      })
    }
    if (fixed === 0 || attempt > tries) {
      throw new Error(`content:scale: the scaled pack does not pass:\n${result.problems.map(formatProblem).join('\n')}`)
    }
  }
}

function argValue(args: string[], name: string): string | undefined {
  const i = args.indexOf(name)
  return i >= 0 ? args[i + 1] : undefined
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  const args = process.argv.slice(2)
  const times = Number(argValue(args, '--times') ?? 10)
  if (!Number.isInteger(times) || times < 1 || times > 20) {
    console.error('content:scale: --times takes a whole number from 1 to 20')
    process.exit(2)
  }
  const cwd = process.env.INIT_CWD ?? process.cwd()
  const out = path.resolve(cwd, argValue(args, '--out') ?? `test-output/pack-x${times}`)
  const pack = scaledPack(embeddedPack, times)
  mkdirSync(path.join(out, 'src', 'content'), { recursive: true })
  const write = (name: string, value: unknown) => writeFileSync(path.join(out, name), `${JSON.stringify(value)}\n`)
  write('pack.json', pack)
  const { towns, livelihood, jobs, events, attractions, policies, figures, ...meta } = pack
  Object.entries({ towns, livelihood, jobs, events, attractions, policies, figures, meta }).forEach(([k, v]) =>
    write(`src/content/${k}.json`, v),
  )
  const counts = DOMAINS.map((d) => `${d} ${pack[d].length}`).join(', ')
  console.log(`content:scale: wrote ${path.relative(cwd, out) || '.'} (${counts})`)
}

// `npm run bundle:report -- <file.js|dir> …` says where the bytes of built JavaScript come from: for each
// file, its minified bytes per source (a package under node_modules, or a file of ours), read from the
// source map beside it. Build with source maps first: `SY_SOURCE_MAPS=1 npm run build:h5` (or build:weapp).
// A JSON module has no mapping of its own: its bytes count toward the source mapped just before it (the
// report names such lines "(after …)"), so look for content where a small module shows a large size.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

/** Decodes one line's segments of a v3 source map: [generatedColumn, sourceIndex] pairs. */
function decodeMappings(mappings: string): Array<Array<[number, number]>> {
  const lines: Array<Array<[number, number]>> = []
  let source = 0
  for (const line of mappings.split(';')) {
    const segments: Array<[number, number]> = []
    let column = 0
    for (const segment of line.split(',')) {
      if (!segment) continue
      const values: number[] = []
      let value = 0
      let shift = 0
      for (const ch of segment) {
        const digit = B64.indexOf(ch)
        value += (digit & 31) << shift
        if (digit & 32) shift += 5
        else {
          values.push(value & 1 ? -(value >>> 1) : value >>> 1)
          value = 0
          shift = 0
        }
      }
      column += values[0] ?? 0
      if (values.length >= 4) {
        source += values[1] ?? 0
        segments.push([column, source])
      }
      // A segment of one value maps nothing: its bytes belong to no source.
      else segments.push([column, -1])
    }
    lines.push(segments)
  }
  return lines
}

function label(source: string): string {
  const clean = source.replace(/^webpack:\/\/[^/]*\//, '').replace(/^\.\//, '')
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(clean)
  return pkg ? `${pkg[1]} (package)` : clean
}

function report(file: string, top: number): void {
  const code = readFileSync(file, 'utf8')
  let map: { sources: string[]; mappings: string }
  try {
    map = JSON.parse(readFileSync(`${file}.map`, 'utf8')) as typeof map
  } catch {
    console.log(`${file}: no source map beside it (build with SY_SOURCE_MAPS=1)`)
    return
  }
  const sizes = new Map<string, number>()
  const lines = code.split('\n')
  decodeMappings(map.mappings).forEach((segments, i) => {
    const line = lines[i] ?? ''
    segments.forEach(([column, source], j) => {
      const end = segments[j + 1]?.[0] ?? line.length
      const name = source >= 0 ? label(map.sources[source] ?? '?') : '(unmapped)'
      sizes.set(name, (sizes.get(name) ?? 0) + Buffer.byteLength(line.slice(column, end)))
    })
  })
  const raw = Buffer.byteLength(code)
  const gzip = zlib.gzipSync(code, { level: 9 }).length
  console.log(
    `\n${path.basename(file)}: ${raw} B, ${gzip} B gzip (share below: raw bytes, and that share of the gzip size)`,
  )
  for (const [name, bytes] of [...sizes].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    const share = Math.round((bytes / raw) * gzip)
    console.log(`${String(bytes).padStart(9)} ${String(share).padStart(7)}  ${name}`)
  }
}

const args = process.argv.slice(2)
const topArg = args.find((a) => a.startsWith('--top='))
const top = topArg ? Number(topArg.slice('--top='.length)) : 25
const targets = args.filter((a) => !a.startsWith('--'))
if (targets.length === 0) {
  console.error('usage: npm run bundle:report -- [--top=N] <file.js|dir> …')
  process.exit(2)
}
for (const target of targets) {
  const files = statSync(target).isDirectory()
    ? readdirSync(target, { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith('.js'))
        .map((f) => path.join(target, f))
    : [target]
  for (const file of files.sort((a, b) => statSync(b).size - statSync(a).size)) report(file, top)
}

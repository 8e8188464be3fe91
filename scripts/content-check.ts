// `content:check` checks the embedded content; `content:check -- <pack.json>` checks a pack file.
// `--sources <dir>` also checks that every cited quote occurs in the document it names, read from <dir>.
// Prints one line per problem and exits 1; exits 2 when a file cannot be read or parsed, or on bad arguments.
// The decision is the app's own (parsePackText + acceptPack): same size cap, same rules.
import { closeSync, fstatSync, openSync, readFileSync, readSync, statSync } from 'node:fs'
import path from 'node:path'
import { checkCitations } from '../src/content/citations'
import { DOMAINS } from '../src/content/schema'
import { formatProblem, type Problem } from '../src/content/problem'
import { acceptPack, MAX_PACK_BYTES, parsePackText, tooLargeProblem } from '../src/content/validate'

const COLLECTIONS = ['towns', ...DOMAINS] as const
const USAGE = 'usage: npm run content:check -- [--sources <dir>] [pack.json]'

function fail(message: string): never {
  console.error(message)
  process.exit(2)
}

function parseArgs(args: string[]): { file?: string; sources?: string } {
  const parsed: { file?: string; sources?: string } = {}
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] as string
    if (arg === '--sources' || arg.startsWith('--sources=')) {
      const dir = arg === '--sources' ? args[(i += 1)] : arg.slice('--sources='.length)
      if (!dir) fail(`--sources needs a folder\n${USAGE}`)
      parsed.sources = dir
    } else if (arg.startsWith('-') || parsed.file !== undefined) {
      fail(`unexpected argument ${arg}\n${USAGE}`)
    } else {
      parsed.file = arg
    }
  }
  return parsed
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? ''
}

async function loadEmbedded(): Promise<string> {
  try {
    const { embeddedPack } = await import('../src/content/index')
    // Measured as the text a content server would serve, so the size cap applies to it too.
    return JSON.stringify(embeddedPack)
  } catch (error) {
    return fail(`src/content: cannot load the embedded content: ${firstLine(error)}`)
  }
}

async function staleDigestFiles(): Promise<string[]> {
  const { digestFiles, DIGEST_DIR } = await import('./content-digest')
  return Object.entries(digestFiles())
    .filter(([name, text]) => readFileSync(path.join(DIGEST_DIR, name), { encoding: 'utf8', flag: 'a+' }) !== text)
    .map(([name]) => name)
}

/**
 * The file's text, read no further than the pack size cap allows (`content:check /dev/zero` stops there), and
 * only if it is UTF-8: a broken byte would otherwise become U+FFFD silently.
 */
function loadFile(file: string): string {
  let bytes: Buffer
  let size: number | undefined
  try {
    const fd = openSync(file, 'r')
    try {
      const stats = fstatSync(fd)
      if (stats.isFile()) size = stats.size
      bytes = Buffer.alloc(Math.min(size ?? Infinity, MAX_PACK_BYTES + 1))
      let length = 0
      for (let n = 1; n > 0 && length < bytes.length; length += n)
        n = readSync(fd, bytes, length, bytes.length - length, null)
      bytes = bytes.subarray(0, length)
    } finally {
      closeSync(fd)
    }
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'a folder, not a file' : message
    return fail(`${file}: cannot read: ${why}`)
  }
  if (bytes.length > MAX_PACK_BYTES || (size ?? 0) > MAX_PACK_BYTES) {
    console.log(formatProblem(tooLargeProblem(size)))
    const stopped = size === undefined ? ` (read stopped after ${MAX_PACK_BYTES} bytes)` : ''
    console.error(`content:check: 1 problem(s) in ${file}${stopped}`)
    process.exit(1)
  }
  const text = bytes.toString('utf8')
  const back = Buffer.from(text, 'utf8')
  if (!back.equals(bytes)) {
    let at = 0
    while (at < bytes.length && bytes[at] === back[at]) at++
    fail(
      `${file}: not UTF-8 text: byte ${at} (0x${(bytes[at] ?? 0).toString(16).padStart(2, '0')}) starts no UTF-8 character; save the file as UTF-8`,
    )
  }
  return text
}

/** Reads a cited document from the sources folder; only plain file names, never a path out of it. */
function documentReader(dir: string): (doc: string) => string | undefined {
  return (doc) => {
    if (path.basename(doc) !== doc || doc.startsWith('.')) return undefined
    try {
      return readFileSync(path.join(dir, doc), 'utf8')
    } catch {
      return undefined
    }
  }
}

async function main() {
  const cwd = process.env.INIT_CWD ?? process.cwd()
  const args = parseArgs(process.argv.slice(2))
  const file = args.file ? path.resolve(cwd, args.file) : undefined
  const sources = args.sources ? path.resolve(cwd, args.sources) : undefined
  if (sources && !statSync(sources, { throwIfNoEntry: false })?.isDirectory()) {
    fail(`${args.sources}: --sources: no such folder`)
  }
  const label = args.file ? file : 'embedded content'
  const text = file ? loadFile(file) : await loadEmbedded()

  const read = parsePackText(text)
  if (!read.ok && read.reason === 'not-json') fail(`${file ?? label}: not valid JSON: ${read.detail}`)
  const pack = read.ok ? read.input : undefined
  const result = read.ok ? acceptPack(pack) : { ok: false as const, problems: [read.problem] }
  const problems: Problem[] = result.ok ? [] : result.problems
  if (sources && pack !== null && typeof pack === 'object') {
    problems.push(...checkCitations(pack as Record<string, unknown>, documentReader(sources), args.sources as string))
  }
  // The summary the app ships beside the records (src/content/digest/) must be the one this content makes.
  const staleDigests = !file && result.ok ? await staleDigestFiles() : []
  for (const name of staleDigests) {
    console.log(`src/content/digest/${name}: not the summary of the content in src/content: run npm run content:digest`)
  }
  if (problems.length > 0 || staleDigests.length > 0) {
    for (const problem of problems) console.log(formatProblem(problem))
    console.error(`content:check: ${problems.length + staleDigests.length} problem(s) in ${label}`)
    process.exit(1)
  }
  if (!result.ok) return
  const counts = COLLECTIONS.map((c) => `${c} ${result.pack[c].length}`)
  if (result.pack.figures) counts.push(`figures ${result.pack.figures.length}`)
  const quotes = sources ? `, quotes found in ${args.sources}` : ''
  console.log(
    `content:check: ok ${label} (version ${result.pack.version}, ${result.pack.updatedAt}): ${counts.join(', ')}${quotes}`,
  )
}

// Whatever a hostile file does, the answer is one line, never a stack trace.
main().catch((error: unknown) => fail(`content:check: cannot check: ${firstLine(error)}`))

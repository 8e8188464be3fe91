// `content:check` checks the embedded content; `content:check -- <pack.json>` checks a pack file.
// Prints one line per problem and exits 1; exits 2 when the file cannot be read or parsed.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { DOMAINS } from '../src/content/schema'
import { formatProblem, validateFigures, validatePack } from '../src/content/validate'

const COLLECTIONS = ['towns', ...DOMAINS] as const

function fail(message: string): never {
  console.error(message)
  process.exit(2)
}

async function loadEmbedded(): Promise<{ pack: unknown; figures: unknown }> {
  try {
    const { embeddedPack, embeddedFigures } = await import('../src/content/index')
    return { pack: embeddedPack, figures: embeddedFigures }
  } catch (error) {
    return fail(`src/content: cannot load the embedded content: ${(error as Error).message.split('\n')[0]}`)
  }
}

function loadFile(file: string): unknown {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException
    return fail(`${file}: cannot read: ${code === 'ENOENT' ? 'no such file' : message}`)
  }
  try {
    return JSON.parse(text)
  } catch (error) {
    return fail(`${file}: not valid JSON: ${(error as Error).message}`)
  }
}

async function main() {
  const arg = process.argv[2]
  const file = arg ? path.resolve(process.env.INIT_CWD ?? process.cwd(), arg) : undefined
  const label = arg ?? 'embedded content'
  const { pack, figures } = file ? { pack: loadFile(file), figures: undefined } : await loadEmbedded()

  const result = validatePack(pack)
  const problems = [...(result.ok ? [] : result.problems), ...(file ? [] : validateFigures(figures))]
  if (problems.length > 0) {
    for (const problem of problems) console.log(formatProblem(problem))
    console.error(`content:check: ${problems.length} problem(s) in ${label}`)
    process.exit(1)
  }
  if (!result.ok) return
  const counts = COLLECTIONS.map((c) => `${c} ${result.pack[c].length}`)
  if (!file && Array.isArray(figures)) counts.push(`figures ${figures.length}`)
  console.log(
    `content:check: ok ${label} (version ${result.pack.version}, ${result.pack.updatedAt}): ${counts.join(', ')}`,
  )
}

void main()

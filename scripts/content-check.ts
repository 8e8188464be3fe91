// `content:check` checks the embedded content; `content:check -- <pack.json>` checks a pack file.
// Prints one line per problem and exits 1; exits 2 when the file cannot be read or parsed.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import * as v from 'valibot'
import { DOMAINS, figureSchema } from '../src/content/schema'
import { formatProblem, validatePack, type Problem } from '../src/content/validate'

const COLLECTIONS = ['towns', ...DOMAINS] as const

function fail(message: string): never {
  console.error(message)
  process.exit(2)
}

function issueField(issue: v.BaseIssue<unknown>): string {
  const keys = issue.path?.map((item) => item.key) ?? []
  const field = keys.reduce<string>((acc, key) => {
    if (typeof key === 'number') return `${acc}[${key}]`
    return acc ? `${acc}.${String(key)}` : String(key)
  }, '')
  return field || '(记录)'
}

/** Home's key figures are not part of a pack; they get the same treatment here. */
function checkFigures(figures: unknown): Problem[] {
  if (!Array.isArray(figures)) return [{ where: 'figures', field: '(整体)', message: '应为数组' }]
  const problems: Problem[] = []
  const seen = new Set<string>()
  figures.forEach((figure: unknown, index) => {
    const id = typeof figure === 'object' && figure !== null ? (figure as { id?: unknown }).id : undefined
    const where = typeof id === 'string' && v.is(figureSchema.entries.id, id) ? `figures/${id}` : `figures[${index}]`
    const result = v.safeParse(figureSchema, figure)
    if (!result.success) {
      for (const issue of result.issues) {
        const missing = issue.kind === 'schema' && issue.received === 'undefined'
        problems.push({ where, field: issueField(issue), message: missing ? '缺少必填项' : issue.message })
      }
    }
    if (typeof id === 'string') {
      if (seen.has(id)) problems.push({ where, field: 'id', message: '重复的 id' })
      seen.add(id)
    }
  })
  return problems
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
  const problems = [...(result.ok ? [] : result.problems), ...(file ? [] : checkFigures(figures))]
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

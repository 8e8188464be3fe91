// `content:pack -- <out.json>` writes the embedded content as one pack file, the
// format a content server serves, and beside it `<out>.version.json` ({"version": N}),
// which apps read first so that a check with nothing new costs a few hundred bytes.
// An invalid pack is never written. The studio writes the same files with the same code.
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { embeddedPack } from '../src/content/index'
import { packFiles } from '../src/content/pack-file'
import { versionUrlFor } from '../src/domain/content-update'
import { formatProblem } from '../src/content/problem'

const arg = process.argv[2]
if (!arg) {
  console.error('usage: npm run content:pack -- <out.json>')
  process.exit(2)
}

const files = packFiles(embeddedPack)
if (!files.ok) {
  for (const problem of files.problems) console.log(formatProblem(problem))
  console.error(`content:pack: ${files.problems.length} problem(s); nothing written`)
  process.exit(1)
}

const out = path.resolve(process.env.INIT_CWD ?? process.cwd(), arg)
mkdirSync(path.dirname(out), { recursive: true })
writeFileSync(out, files.packText)
// Named the way the app derives it from the pack URL.
const versionFile = versionUrlFor(out)
writeFileSync(versionFile, files.versionText)
console.log(
  `content:pack: wrote ${arg} (version ${files.pack.version}, ${files.pack.updatedAt}) and ${path.basename(versionFile)}`,
)

// `content:pack -- <out.json>` writes the embedded content as one pack file, the
// format a content server serves, and beside it `<out>.version.json` ({"version": N}),
// which apps read first so that a check with nothing new costs a few hundred bytes.
// An invalid pack is never written.
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { embeddedPack } from '../src/content/index'
import { versionUrlFor } from '../src/domain/content-update'
import type { ContentPack } from '../src/content/schema'
import { checkPackText, formatProblem } from '../src/content/validate'

const arg = process.argv[2]
if (!arg) {
  console.error('usage: npm run content:pack -- <out.json>')
  process.exit(2)
}

const result = checkPackText(JSON.stringify(embeddedPack))
if (!result.ok) {
  for (const problem of result.problems) console.log(formatProblem(problem))
  console.error(`content:pack: ${result.problems.length} problem(s); nothing written`)
  process.exit(1)
}

const { pack } = result
const ordered: ContentPack = {
  schemaVersion: pack.schemaVersion,
  version: pack.version,
  updatedAt: pack.updatedAt,
  edition: pack.edition,
  towns: pack.towns,
  livelihood: pack.livelihood,
  jobs: pack.jobs,
  events: pack.events,
  attractions: pack.attractions,
  policies: pack.policies,
}

const out = path.resolve(process.env.INIT_CWD ?? process.cwd(), arg)
mkdirSync(path.dirname(out), { recursive: true })
writeFileSync(out, `${JSON.stringify(ordered, null, 2)}\n`)
// Named the way the app derives it from the pack URL.
const versionFile = versionUrlFor(out)
writeFileSync(versionFile, `${JSON.stringify({ version: pack.version })}\n`)
console.log(`content:pack: wrote ${arg} (version ${pack.version}, ${pack.updatedAt}) and ${path.basename(versionFile)}`)

// `content:digest` writes the summary of the embedded content that the app ships instead of whole records on
// the pages that do not need them (src/domain/summary.ts), in src/content/digest/:
// - summary.json: what does not grow with the content (version, towns, home's tracker figures); main package;
// - records-<domain>.json: each record's summary fields (home, 我的, hit facts, cross-links), one file per domain;
//   a page loads the domains it reads when it first needs them;
// - search-<domain>.json: the search page's documents, one file per domain; loaded when search first needs them;
// - list-<domain>.json: each record's list fields (src/domain/parts.ts), which travel with the domain's pages;
// - whole-<domain>-<n>.json: the whole records in a fixed number of parts by a hash of the id; a detail page loads
//   the part holding its record.
// The kinds loaded later (records, search, whole) are chunks of their own (weapp: a subpackage each, config/async-pack.ts), so the main
// package stays the same size whatever the number of records;
// - quotes.json: the quotes the release cites, checked against their document with --sources (an official pack
//   may cite only words within them, src/content/honesty.ts).
// `content:digest -- --check` writes nothing and exits 1 when the files are not what the content makes.
// The builds run it first, so a build always ships the summary of the content it ships.
// With SY_CONTENT_DIR=<dir> (a pack from `content:scale`) it reads <dir>/pack.json, writes <dir>/src/content/digest/.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { embeddedPack } from '../src/content/index'
import type { ContentPack } from '../src/content/schema'
import { quoteText } from '../src/content/text'
import { DOMAINS } from '../src/content/vocabulary'
import { WHOLE_PARTS, listRecordOf, partOf, wholeRecordOf } from '../src/domain/parts'
import { searchDocs } from '../src/domain/search/search-index'
import { summaryOf } from '../src/domain/summary'

export const DIGEST_DIR = path.resolve(__dirname, '..', 'src', 'content', 'digest')

/** The digest files as the embedded content makes them: one JSON record per line, so a diff shows what changed. */
export function digestFiles(pack: ContentPack = embeddedPack): Record<string, string> {
  const lines = (items: readonly unknown[]) => `[\n${items.map((x) => JSON.stringify(x)).join(',\n')}\n]\n`
  const summary = summaryOf(pack)
  const { livelihood, jobs, events, attractions, policies, ...core } = summary
  const records = { livelihood, jobs, events, attractions, policies }
  const object = (entries: Array<[string, string]>) =>
    `{\n${entries.map(([k, v]) => `  ${JSON.stringify(k)}: ${v}`).join(',\n')}\n}\n`
  const docs = searchDocs(pack)
  const quotes = new Set<string>()
  for (const collection of ['towns', ...DOMAINS, 'figures'] as const)
    for (const record of pack[collection] ?? [])
      if (record.source.kind === 'cited') quotes.add(quoteText(record.source.quote))
  return {
    'summary.json': object(Object.entries(core).map(([k, v]) => [k, JSON.stringify(v)])),
    ...Object.fromEntries(DOMAINS.map((domain) => [`records-${domain}.json`, lines(records[domain])])),
    ...Object.fromEntries(
      DOMAINS.map((domain) => [`search-${domain}.json`, lines(docs.filter((d) => d.domain === domain))]),
    ),
    ...Object.fromEntries(
      DOMAINS.map((domain) => [
        `list-${domain}.json`,
        lines(pack[domain].map((r: ContentPack[typeof domain][number]) => listRecordOf(domain, r))),
      ]),
    ),
    ...Object.fromEntries(
      DOMAINS.flatMap((domain) =>
        Array.from({ length: WHOLE_PARTS[domain] }, (_, n) => [
          `whole-${domain}-${n}.json`,
          lines(
            pack[domain]
              .filter((r) => partOf(domain, r.id) === n)
              .map((r: ContentPack[typeof domain][number]) => wholeRecordOf(domain, r, pack)),
          ),
        ]),
      ),
    ),
    'quotes.json': lines([...quotes].sort()),
  }
}

function read(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8')
  } catch {
    return undefined
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  const check = process.argv.includes('--check')
  const packDir = process.env.SY_CONTENT_DIR ? path.resolve(process.env.SY_CONTENT_DIR) : undefined
  const dir = packDir ? path.join(packDir, 'src', 'content', 'digest') : DIGEST_DIR
  const pack = packDir
    ? (JSON.parse(readFileSync(path.join(packDir, 'pack.json'), 'utf8')) as ContentPack)
    : embeddedPack
  mkdirSync(dir, { recursive: true })
  let stale = 0
  for (const [name, text] of Object.entries(digestFiles(pack))) {
    const file = path.join(dir, name)
    if (read(file) === text) continue
    if (check) {
      console.error(
        `${path.relative(process.cwd(), file)} is not the summary of the content: run npm run content:digest`,
      )
      stale += 1
    } else {
      writeFileSync(file, text)
      console.log(`content:digest: wrote ${path.relative(process.cwd(), file)}`)
    }
  }
  process.exit(stale > 0 ? 1 : 0)
}

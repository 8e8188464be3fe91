import type { ContentPack } from './schema'
import type { Problem } from './problem'
import { acceptPackText } from './validate'

/*
 * The files a content URL serves, made from a pack: `pack.json` (the whole pack, fields in a fixed order)
 * and `pack.version.json` (`{"version": N}`, which apps read first). `npm run content:pack` and the studio
 * both write them with this, so what the studio publishes is byte for byte what the script would.
 */

export type PackFiles =
  { ok: true; pack: ContentPack; packText: string; versionText: string } | { ok: false; problems: Problem[] }

/** The pack and version file texts, or the problems that keep the pack from being written at all. */
export function packFiles(input: unknown): PackFiles {
  const result = acceptPackText(JSON.stringify(input))
  if (!result.ok) return result
  const { pack } = result
  const ordered: ContentPack = {
    schemaVersion: pack.schemaVersion,
    version: pack.version,
    updatedAt: pack.updatedAt,
    edition: pack.edition,
    ...(pack.meta ? { meta: pack.meta } : {}),
    ...(pack.figures ? { figures: pack.figures } : {}),
    towns: pack.towns,
    livelihood: pack.livelihood,
    jobs: pack.jobs,
    events: pack.events,
    attractions: pack.attractions,
    policies: pack.policies,
  }
  return {
    ok: true,
    pack,
    packText: `${JSON.stringify(ordered, null, 2)}\n`,
    versionText: `${JSON.stringify({ version: pack.version })}\n`,
  }
}

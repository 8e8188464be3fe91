import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { repoRoot } from '../../test/support/paths'

/**
 * The bench measures the builds in dist/ (or SY_*_DIST): one that is not there is built first with its npm
 * script, so `npm run bench` works on a fresh clone. A build that is there is used as it is (run `npm run build`
 * after a change).
 */
export function buildIfMissing(kind: 'weapp' | 'h5' | 'studio', dist: string): void {
  const marker = path.join(dist, kind === 'weapp' ? 'app.json' : 'index.html')
  if (fs.existsSync(marker)) return
  process.stderr.write(`bench: no ${kind} build in ${path.relative(repoRoot, dist) || dist}; building it …\n`)
  // The studio script writes dist/studio only; the app builds go where the bench will look.
  if (kind === 'studio' && path.resolve(dist) !== path.join(repoRoot, 'dist', 'studio'))
    throw new Error(`no studio build in ${dist} (npm run build:studio writes dist/studio)`)
  const env = kind === 'studio' ? { ...process.env } : { ...process.env, SY_DIST: dist }
  const r = spawnSync('npm', ['run', `build:${kind}`], { cwd: repoRoot, env, encoding: 'utf8', stdio: 'pipe' })
  if (r.status !== 0) throw new Error(`npm run build:${kind} failed: ${(r.stderr || r.stdout).slice(-600)}`)
}

// Runs a TypeScript script with tsx: `node scripts/run-ts.mjs <script.ts> [args...]`.
import { spawnSync } from 'node:child_process'

const [script, ...args] = process.argv.slice(2)
if (!script) {
  console.error('usage: node scripts/run-ts.mjs <script.ts> [args...]')
  process.exit(2)
}

const result = spawnSync(process.execPath, ['--import', 'tsx', script, ...args], { stdio: 'inherit' })
if (result.error) {
  console.error(`run-ts: cannot start ${script}: ${result.error.message}`)
  process.exit(2)
}
if (result.signal) process.kill(process.pid, result.signal)
process.exit(result.status ?? 1)

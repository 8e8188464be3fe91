// `npm run build:studio`: the content studio into dist/studio (Vite), and the phone preview it frames into
// dist/studio/preview: the real H5 app built with TARO_APP_STUDIO_PREVIEW=1, the only build that takes a
// draft pack posted by the studio. `--no-preview` rebuilds the studio alone.
import { spawnSync } from 'node:child_process'
import { rmSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const out = path.join(root, 'dist', 'studio')
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx'
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } })
  if (result.status !== 0) {
    console.error(`build:studio: ${command} ${args.join(' ')} failed`)
    process.exit(result.status || 1)
  }
}

const withPreview = !process.argv.includes('--no-preview')
if (withPreview) rmSync(out, { recursive: true, force: true })
run(npx, ['vite', 'build', '--config', 'studio/vite.config.mts', '--logLevel', 'warn'])
if (withPreview) {
  run(npm, ['run', 'content:digest'])
  run(npx, ['taro', 'build', '--type', 'h5'], {
    TARO_APP_STUDIO_PREVIEW: '1',
    SY_DIST: path.join(out, 'preview'),
    NODE_ENV: 'production',
  })
}
console.log('build:studio: wrote dist/studio' + (withPreview ? ' and dist/studio/preview' : ''))

// `npm run studio`: builds the content studio (unless `--no-build`) and serves dist/studio on 127.0.0.1,
// printing its address. PORT / HOST override the defaults (10090, 127.0.0.1).
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createServer } from 'node:http'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { staticHandler } from './static-server.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const dir = path.join(root, 'dist', 'studio')
const host = process.env.HOST || '127.0.0.1'
const firstPort = process.env.PORT ? Number(process.env.PORT) : 10090

if (!process.argv.includes('--no-build')) {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
  const build = spawnSync(npm, ['run', 'build:studio'], { cwd: root, stdio: 'inherit' })
  if (build.status !== 0) process.exit(build.status || 1)
}
if (!existsSync(path.join(dir, 'index.html'))) {
  console.error('studio: dist/studio/index.html not found; run npm run build:studio first')
  process.exit(1)
}

// Drafts stay in the browser; the server only hands out files, never stores anything.
const serve = staticHandler(dir, {
  headers: () => ({ 'Cache-Control': 'no-cache', 'X-Content-Type-Options': 'nosniff' }),
  log: (message) => console.error(`studio: ${message}`),
})
const server = createServer(serve)
function listen(port) {
  server.once('error', (error) => {
    if (error.code === 'EADDRINUSE' && port < firstPort + 20) listen(port + 1)
    else {
      console.error(`studio: cannot listen on ${host}:${port}: ${error.message}`)
      process.exit(1)
    }
  })
  server.listen(port, host)
}
server.once('listening', () => {
  console.log(`智慧双阳 内容编辑台 is served at http://${host}:${server.address().port}/  (Ctrl+C to stop)`)
})
listen(firstPort)

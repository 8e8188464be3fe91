// `npm start`: builds the H5 app on the embedded content and serves it the way production hosting
// should (docs/hosting.md has the same rules for nginx):
// - brotli / gzip files made at build time, picked by the request's Accept-Encoding;
// - hashed files (js/, css/, static/) cached for a year as immutable, everything else (index.html)
//   revalidated on every load with its ETag;
// - the Content-Security-Policy the build wrote into index.html, also sent as a header.
// `npm start -- --no-build` serves the last build. PORT (0 = any free port) / HOST / SY_DIST override the defaults.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { staticHandler } from './static-server.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const dir = path.resolve(root, process.env.SY_DIST || 'dist/h5')
const host = process.env.HOST || '127.0.0.1'
const firstPort = process.env.PORT === undefined || process.env.PORT === '' ? 10086 : Number(process.env.PORT)

if (!process.argv.includes('--no-build')) {
  console.log(`Building H5 into ${dir.startsWith(root + path.sep) ? path.relative(root, dir) : dir} ...`)
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
  const build = spawnSync(npm, ['run', 'build:h5'], { cwd: root, stdio: 'inherit', env: process.env })
  if (build.status !== 0) {
    console.error('start: the H5 build failed')
    process.exit(build.status || 1)
  }
}

const index = path.join(dir, 'index.html')
if (!existsSync(index)) {
  console.error(`start: ${index} not found; run npm run build:h5 first`)
  process.exit(1)
}

const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(readFileSync(index, 'utf8'))?.[1]
if (!csp) {
  console.error(`start: ${index} has no Content-Security-Policy; it is not a production build (npm run build:h5)`)
  process.exit(1)
}

/** js/app.1a2b3c4d.js, css/app.1a2b3c4d.css: the name changes whenever the bytes do. */
const HASHED = /\.[0-9a-f]{8,}\.[a-z0-9]+$/

const SECURITY = {
  // A header also carries what a meta policy cannot: who may frame the app.
  'Content-Security-Policy': `${csp}; frame-ancestors 'none'`,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
}

const log = (message) => console.error(`start: ${message}`)

// The router uses hash mode: any path without a file extension gets index.html.
const serve = staticHandler(dir, {
  single: true,
  log,
  headers: (pathname) => ({
    ...SECURITY,
    'Cache-Control': HASHED.test(pathname) ? 'public, max-age=31536000, immutable' : 'no-cache',
  }),
})

const server = createServer(serve)
// A client that sends garbage gets 400 from Node itself; the security headers go with it.
server.on('clientError', (error, socket) => {
  if (!socket.writable) return socket.destroy()
  const head = Object.entries(SECURITY)
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('')
  socket.end(`HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n${head}\r\n`)
})
// The last guard: whatever escaped a request is logged, and the server keeps answering the others.
process.on('uncaughtException', (error) => log(`uncaught: ${error instanceof Error ? error.stack : error}`))
process.on('unhandledRejection', (error) => log(`unhandled: ${error instanceof Error ? error.stack : error}`))

function listen(port) {
  server.once('error', (error) => {
    if (error.code === 'EADDRINUSE' && port !== 0 && port < firstPort + 20) listen(port + 1)
    else {
      console.error(`start: cannot listen on ${host}:${port}: ${error.message}`)
      process.exit(1)
    }
  })
  server.listen(port, host)
}

server.once('listening', () => {
  const { port } = server.address()
  console.log(`智慧双阳 H5 is served at http://${host}:${port}/  (Ctrl+C to stop)`)
})
listen(firstPort)
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    server.closeAllConnections()
    server.close(() => process.exit(0))
  })
}

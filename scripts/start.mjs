// `npm start`: builds the H5 app on the embedded content and serves it.
// `npm start -- --no-build` serves the last build. PORT / HOST / SY_DIST override the defaults.
import { spawnSync } from 'node:child_process'
import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const dir = path.resolve(root, process.env.SY_DIST || 'dist/h5')
const host = process.env.HOST || '127.0.0.1'
const firstPort = Number(process.env.PORT) || 10086

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.map': 'application/json; charset=utf-8',
}

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

/** The file for a URL path, inside dir; the router uses hash mode, so anything else gets index.html. */
function fileFor(urlPath) {
  let decoded
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0])
  } catch {
    return index
  }
  const file = path.resolve(dir, `.${decoded}`)
  if (!file.startsWith(dir + path.sep)) return index
  return existsSync(file) && statSync(file).isFile() ? file : index
}

const server = createServer((req, res) => {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405).end()
    return
  }
  const file = fileFor(req.url || '/')
  const type = TYPES[path.extname(file).toLowerCase()] || 'application/octet-stream'
  res.writeHead(200, {
    'Content-Type': type,
    'Cache-Control': file === index ? 'no-cache' : 'public, max-age=3600',
  })
  if (req.method === 'HEAD') res.end()
  else createReadStream(file).pipe(res)
})

function listen(port) {
  server.once('error', (error) => {
    if (error.code === 'EADDRINUSE' && port < firstPort + 20) listen(port + 1)
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
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)))

// The static file server behind `npm start` and `npm run studio`. Node's own http and fs only: the library it
// replaces (sirv) crashed the process on `Range: bytes=100-50`, answered `bytes=-5` from the front, sent br to a
// client that refused it (`br;q=0`), served `/index.html.br` as HTML and `/%2e%2e%2f…` as index.html.
// Every answer, errors included, carries the same headers (`headers`); nothing a request says can end the process.
import { createReadStream, openSync, statSync } from 'node:fs'
import path from 'node:path'

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
}

/** Precompressed copies: chosen by Accept-Encoding, never served under their own names. */
const ENCODED = { br: '.br', gzip: '.gz' }

/** The codings a client accepts (q > 0), from its Accept-Encoding header. */
export function acceptedEncodings(header = '') {
  const accepted = new Set()
  const refused = new Set()
  for (const part of String(header).split(',')) {
    const [token = '', ...params] = part.trim().toLowerCase().split(';')
    if (!token) continue
    const q = params.map((p) => /^\s*q\s*=\s*([0-9.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined)
    if (q !== undefined && !(Number(q) > 0)) refused.add(token)
    else accepted.add(token)
  }
  const ok = (coding) => !refused.has(coding) && (accepted.has(coding) || (accepted.has('*') && !refused.has('*')))
  return Object.keys(ENCODED).filter(ok)
}

/**
 * One `bytes=` range against a file of `size` bytes: `{ start, end }` (inclusive), `'whole'` when the header asks
 * for several ranges (a server may answer those with the whole file), `null` when it cannot be satisfied or is
 * not a range at all (416).
 */
export function parseRange(header, size) {
  const value = String(header).trim()
  const unit = /^bytes\s*=\s*(.*)$/i.exec(value)
  if (!unit) return null
  if (unit[1].includes(',')) return 'whole'
  const spec = /^(\d*)\s*-\s*(\d*)$/.exec(unit[1].trim())
  if (!spec || (spec[1] === '' && spec[2] === '')) return null
  if (spec[1] === '') {
    const suffix = Number(spec[2])
    if (!(suffix > 0) || size === 0) return null
    return { start: Math.max(0, size - suffix), end: size - 1 }
  }
  const start = Number(spec[1])
  const end = spec[2] === '' ? size - 1 : Math.min(Number(spec[2]), size - 1)
  if (!Number.isSafeInteger(start) || start >= size || Number(spec[2] || start) < start) return null
  return { start, end }
}

/** The path's segments, decoded; null for anything that could leave the folder or name a hidden file. */
function segmentsOf(rawUrl) {
  if (typeof rawUrl !== 'string' || !rawUrl.startsWith('/')) return null
  const raws = (rawUrl.split(/[?#]/, 1)[0] ?? '').slice(1).split('/')
  // `/` itself, or a folder-looking path: only the last segment may be empty.
  if (raws[raws.length - 1] === '') raws.pop()
  const segments = []
  for (const raw of raws) {
    let segment
    try {
      segment = decodeURIComponent(raw)
    } catch {
      return null
    }
    if (segment === '' || segment.startsWith('.') || /[/\\\0]/.test(segment)) return null
    segments.push(segment)
  }
  return segments
}

function fileAt(file) {
  try {
    const stats = statSync(file)
    return stats.isFile() ? stats : null
  } catch {
    return null
  }
}

/**
 * A request handler serving `dir`.
 * - `headers(pathname)`: headers for every answer (pathname is the file served, or the path asked for);
 * - `single`: a path without an extension that names no file gets index.html (a hash-routed app);
 * - `log(message)`: where failures go.
 */
export function staticHandler(dir, { headers = () => ({}), single = false, log = console.error } = {}) {
  const root = path.resolve(dir)

  function answer(res, status, pathname, extra = {}, body = '') {
    if (res.headersSent) return res.destroy()
    res.writeHead(status, {
      ...headers(pathname),
      'Content-Type': 'text/plain; charset=utf-8',
      'Cache-Control': 'no-cache',
      ...extra,
    })
    res.end(body)
  }

  function resolveFile(segments) {
    const wanted = path.join(root, ...segments)
    if (wanted !== root && !wanted.startsWith(root + path.sep)) return null
    const last = segments[segments.length - 1] ?? ''
    if (/\.(br|gz)$/i.test(last)) return null
    const stats = segments.length > 0 ? fileAt(wanted) : null
    if (stats) return { file: wanted, stats, pathname: `/${segments.join('/')}` }
    // A folder's own index.html (the studio's preview/), else the app's.
    const folderIndex = segments.length > 0 ? fileAt(path.join(wanted, 'index.html')) : null
    if (folderIndex)
      return {
        file: path.join(wanted, 'index.html'),
        stats: folderIndex,
        pathname: `/${segments.join('/')}/index.html`,
      }
    const indexFile = path.join(root, 'index.html')
    const indexStats = fileAt(indexFile)
    if (indexStats && (segments.length === 0 || (single && path.extname(last) === ''))) {
      return { file: indexFile, stats: indexStats, pathname: '/index.html' }
    }
    return null
  }

  function handle(req, res) {
    const asked = typeof req.url === 'string' ? req.url.split(/[?#]/, 1)[0] : '/'
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return answer(res, 405, asked, { Allow: 'GET, HEAD' }, '405')
    }
    const segments = segmentsOf(req.url)
    if (!segments) return answer(res, 400, asked, {}, '400')
    const found = resolveFile(segments)
    if (!found) return answer(res, 404, asked, {}, '404')

    const { pathname } = found
    const type = TYPES[path.extname(found.file).toLowerCase()] ?? 'application/octet-stream'
    const range = req.headers.range

    // A range is of the file as stored: only the identity copy is ever cut.
    let file = found.file
    let stats = found.stats
    let encoding = ''
    if (range === undefined) {
      for (const coding of acceptedEncodings(req.headers['accept-encoding'])) {
        const copy = fileAt(found.file + ENCODED[coding])
        if (copy) {
          file = found.file + ENCODED[coding]
          stats = copy
          encoding = coding
          break
        }
      }
    }
    const etag = `W/"${stats.size}-${Math.floor(stats.mtimeMs)}${encoding ? `-${encoding}` : ''}"`
    const base = {
      ...headers(pathname),
      'Content-Type': type,
      'Last-Modified': stats.mtime.toUTCString(),
      ETag: etag,
      Vary: 'Accept-Encoding',
      'Accept-Ranges': 'bytes',
    }
    if (encoding) base['Content-Encoding'] = encoding

    const ifNoneMatch = req.headers['if-none-match']
    const notModified =
      ifNoneMatch !== undefined
        ? ifNoneMatch.split(',').some((t) => t.trim() === '*' || t.trim().replace(/^W\//, '') === etag.slice(2))
        : req.headers['if-modified-since'] !== undefined &&
          Math.floor(stats.mtimeMs / 1000) <= Math.floor(Date.parse(req.headers['if-modified-since']) / 1000)
    if (notModified) {
      res.writeHead(304, base)
      return res.end()
    }

    let status = 200
    let bytes = { start: 0, end: stats.size - 1 }
    const ifRange = req.headers['if-range']
    if (range !== undefined && (ifRange === undefined || ifRange === etag || ifRange === base['Last-Modified'])) {
      const wanted = parseRange(range, stats.size)
      if (wanted === null) {
        return answer(res, 416, pathname, { 'Content-Range': `bytes */${stats.size}` }, '416')
      }
      if (wanted !== 'whole') {
        status = 206
        bytes = wanted
        base['Content-Range'] = `bytes ${wanted.start}-${wanted.end}/${stats.size}`
      }
    }
    base['Content-Length'] = stats.size === 0 ? 0 : bytes.end - bytes.start + 1
    if (req.method === 'HEAD' || stats.size === 0) {
      res.writeHead(status, base)
      return res.end()
    }
    // Opened before the status goes out: a file gone since the lookup is a 404, not a cut-off 200.
    let fd
    try {
      fd = openSync(file, 'r')
    } catch {
      return answer(res, 404, pathname, {}, '404')
    }
    res.writeHead(status, base)
    const stream = createReadStream('', { fd, start: bytes.start, end: bytes.end })
    stream.on('error', (error) => {
      log(`${req.method} ${req.url}: ${error.message}`)
      res.destroy()
    })
    res.on('close', () => stream.destroy())
    stream.pipe(res)
  }

  return (req, res) => {
    try {
      handle(req, res)
    } catch (error) {
      log(`${req.method} ${req.url}: ${error instanceof Error ? error.stack : String(error)}`)
      answer(res, 500, '/', {}, '500')
    }
  }
}

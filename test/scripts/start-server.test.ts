import fs from 'node:fs'
import http from 'node:http'
import net from 'node:net'
import path from 'node:path'
import zlib from 'node:zlib'
import { outputDir } from '../support/paths'
import { startProductionServer } from '../support/start-server'
import type { StaticServer } from '../support/static-server'

// `npm start` under hostile requests, on a small build folder made here (no Taro build needed): every request gets
// an answer with the security headers of docs/hosting.md, and none of them stops the server.

const CSP = "default-src 'self'; script-src 'self'; object-src 'none'"
const HTML = `<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${CSP}"><title>智慧双阳</title></head><body>${'双阳'.repeat(400)}</body></html>`
const SCRIPT = `console.log(${JSON.stringify('智慧双阳'.repeat(300))})\n`
const SECURITY = {
  'content-security-policy': `${CSP}; frame-ancestors 'none'`,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
}

interface Answer {
  status: number
  headers: http.IncomingHttpHeaders
  body: Buffer
}

function get(origin: string, rawPath: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const { hostname, port } = new URL(origin)
    http
      .request({ hostname, port, path: rawPath, method, headers }, (res) => {
        const parts: Buffer[] = []
        res.on('data', (c: Buffer) => parts.push(c))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(parts) }))
      })
      .on('error', reject)
      .end()
  })
}

function makeBuild(): string {
  const dir = outputDir('start-server-fixture')
  fs.rmSync(dir, { recursive: true, force: true })
  fs.mkdirSync(path.join(dir, 'js'), { recursive: true })
  const write = (name: string, text: string): void => {
    fs.writeFileSync(path.join(dir, name), text)
    fs.writeFileSync(path.join(dir, `${name}.br`), zlib.brotliCompressSync(Buffer.from(text)))
    fs.writeFileSync(path.join(dir, `${name}.gz`), zlib.gzipSync(Buffer.from(text)))
  }
  write('index.html', HTML)
  write('js/app.1234abcd.js', SCRIPT)
  fs.writeFileSync(path.join(dir, 'digits.txt'), '0123456789')
  fs.writeFileSync(path.join(dir, 'big.bin'), Buffer.alloc(8 * 1024 * 1024, 1))
  return dir
}

describe('npm start answers hostile requests and keeps serving', () => {
  let server: StaticServer

  beforeAll(async () => {
    server = await startProductionServer(makeBuild())
  })

  afterAll(async () => {
    await server?.close()
  })

  afterEach(async () => {
    // Still there after each case.
    expect((await get(server.origin, '/digits.txt')).body.toString()).toBe('0123456789')
  })

  test.each([['bytes=100-50'], ['bytes=5-2'], ['bytes=10-'], ['bytes=-0'], ['bytes=x-y'], ['items=0-1'], ['bytes=-']])(
    'Range %s on a 10-byte file: 416 with the size, the security headers',
    async (range) => {
      const answer = await get(server.origin, '/digits.txt', { Range: range })
      expect(answer.status).toBe(416)
      expect(answer.headers['content-range']).toBe('bytes */10')
      expect(answer.headers).toMatchObject(SECURITY)
    },
  )

  test('Range bytes=100-50 on index.html (any path): 416, not a crash', async () => {
    const answer = await get(server.origin, '/', { Range: 'bytes=100-50' })
    expect(answer.status).toBe(416)
  })

  test.each([
    ['bytes=-5', '56789', 'bytes 5-9/10'],
    ['bytes=2-4', '234', 'bytes 2-4/10'],
    ['bytes=7-', '789', 'bytes 7-9/10'],
    ['bytes=8-99', '89', 'bytes 8-9/10'],
    ['bytes=-50', '0123456789', 'bytes 0-9/10'],
  ])('Range %s answers %s', async (range, body, contentRange) => {
    const answer = await get(server.origin, '/digits.txt', { Range: range })
    expect(answer.status).toBe(206)
    expect(answer.body.toString()).toBe(body)
    expect(answer.headers['content-range']).toBe(contentRange)
    expect(answer.headers).toMatchObject(SECURITY)
  })

  test('a range of a compressed file is of its own bytes, never of the brotli copy', async () => {
    const answer = await get(server.origin, '/js/app.1234abcd.js', { Range: 'bytes=0-11', 'Accept-Encoding': 'br' })
    expect(answer.status).toBe(206)
    expect(answer.headers['content-encoding']).toBeUndefined()
    expect(answer.body.toString()).toBe('console.log(')
  })

  test.each([['br;q=0, gzip'], ['gzip, br;q=0.0'], ['BR;Q=0, gzip'], ['*, br;q=0']])(
    'Accept-Encoding %s: gzip, not br',
    async (accept) => {
      const answer = await get(server.origin, '/js/app.1234abcd.js', { 'Accept-Encoding': accept })
      expect(answer.headers['content-encoding']).toBe('gzip')
      expect(zlib.gunzipSync(answer.body).toString()).toBe(SCRIPT)
    },
  )

  test('Accept-Encoding br;q=0, gzip;q=0: the plain file', async () => {
    const answer = await get(server.origin, '/js/app.1234abcd.js', { 'Accept-Encoding': 'br;q=0, gzip;q=0' })
    expect(answer.headers['content-encoding']).toBeUndefined()
    expect(answer.body.toString()).toBe(SCRIPT)
  })

  test('405 for other methods, with the security headers', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS']) {
      const answer = await get(server.origin, '/', {}, method)
      expect(answer.status).toBe(405)
      expect(answer.headers.allow).toBe('GET, HEAD')
      expect(answer.headers).toMatchObject(SECURITY)
    }
  })

  test.each([
    ['/%2e%2e%2fpackage.json'],
    ['/%2e%2e/package.json'],
    ['/..%2f..%2fetc%2fpasswd'],
    ['/js/%2e%2e%2f%2e%2e%2fpackage.json'],
    ['/%E0%A4%A'],
    ['/.git/config'],
    ['/js/..%5c..%5cpackage.json'],
  ])('%s: not the app, not a file outside the build, the security headers', async (raw) => {
    const answer = await get(server.origin, raw)
    expect([400, 404]).toContain(answer.status)
    expect(answer.body.toString()).not.toContain('<html')
    expect(answer.headers['content-type']).toBe('text/plain; charset=utf-8')
    expect(answer.headers['cache-control']).toBe('no-cache')
    expect(answer.headers).toMatchObject(SECURITY)
  })

  test.each([['/index.html.br'], ['/index.html.gz'], ['/js/app.1234abcd.js.br']])(
    '%s (a compressed copy by its own name): 404, never served as plain text or HTML',
    async (raw) => {
      const answer = await get(server.origin, raw, { 'Accept-Encoding': 'br, gzip' })
      expect(answer.status).toBe(404)
      expect(answer.headers['content-encoding']).toBeUndefined()
      expect(answer.headers).toMatchObject(SECURITY)
    },
  )

  test('a missing hashed file: 404 that no cache keeps for a year', async () => {
    const answer = await get(server.origin, '/js/app.00000000.js')
    expect(answer.status).toBe(404)
    expect(answer.headers['cache-control']).toBe('no-cache')
    expect(answer.headers).toMatchObject(SECURITY)
  })

  test('a route without an extension is the app, as HTML', async () => {
    const answer = await get(server.origin, '/pages/mine/index', { 'Accept-Encoding': 'br' })
    expect(answer.status).toBe(200)
    expect(answer.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(answer.headers['content-encoding']).toBe('br')
    expect(zlib.brotliDecompressSync(answer.body).toString()).toBe(HTML)
  })

  test('304 and HEAD carry the security headers too', async () => {
    const first = await get(server.origin, '/js/app.1234abcd.js', { 'Accept-Encoding': 'br' })
    expect(first.headers['cache-control']).toBe('public, max-age=31536000, immutable')
    const again = await get(server.origin, '/js/app.1234abcd.js', {
      'Accept-Encoding': 'br',
      'If-None-Match': String(first.headers.etag),
    })
    expect(again.status).toBe(304)
    expect(again.headers).toMatchObject(SECURITY)
    const head = await get(server.origin, '/', {}, 'HEAD')
    expect(head.status).toBe(200)
    expect(head.body.length).toBe(0)
    expect(head.headers).toMatchObject(SECURITY)
  })

  test('a client that goes away in the middle of a file: the server goes on', async () => {
    const { hostname, port } = new URL(server.origin)
    await new Promise<void>((resolve, reject) => {
      const req = http.get({ hostname, port, path: '/big.bin' }, (res) => {
        res.once('data', () => {
          req.destroy()
          resolve()
        })
      })
      req.on('error', (e) => (req.destroyed ? undefined : reject(e)))
    })
  })

  test('a request Node cannot parse: 400 with the security headers, and the server goes on', async () => {
    const { hostname, port } = new URL(server.origin)
    const reply = await new Promise<string>((resolve, reject) => {
      const socket = net.connect(Number(port), hostname, () =>
        socket.write('GET / HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n'),
      )
      let text = ''
      socket.on('data', (c) => (text += c.toString()))
      socket.on('end', () => resolve(text))
      socket.on('error', reject)
    })
    expect(reply).toMatch(/^HTTP\/1\.1 400/)
    expect(reply).toContain("frame-ancestors 'none'")
    expect(reply).toContain('X-Content-Type-Options: nosniff')
  })
})

import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import vm from 'node:vm'
import zlib from 'node:zlib'
import { embeddedPack } from '@/content'
import { partOf } from '@/domain/parts'
import { expectTexts, openRoute, startH5, type H5Session } from '../support/browser'
import { h5Dist } from '../support/paths'
import { DOMAINS, detailRoute, firstRecord, HOME_ROUTE, listRoute, ROUTE_TEXT } from '../support/routes'
import { startProductionServer } from '../support/start-server'
import type { StaticServer } from '../support/static-server'

// `npm start` serves the build as production hosting should (docs/hosting.md): compressed files made at
// build time, a year's immutable cache for hashed files, index.html revalidated, a CSP the app satisfies.

interface Answer {
  status: number
  headers: http.IncomingHttpHeaders
  body: Buffer
}

function get(origin: string, pathname: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    http
      .get(`${origin}${pathname}`, { headers }, (res) => {
        const parts: Buffer[] = []
        res.on('data', (c: Buffer) => parts.push(c))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(parts) }))
      })
      .on('error', reject)
  })
}

const YEAR_IMMUTABLE = 'public, max-age=31536000, immutable'
const entryScript = (): string => {
  const html = fs.readFileSync(path.join(h5Dist(), 'index.html'), 'utf8')
  const src = /<script[^>]+src="(\/js\/app\.[0-9a-f]{8}\.js)"/.exec(html)?.[1]
  if (!src) throw new Error(`index.html names no hashed js/app.<hash>.js:\n${html}`)
  return src
}

describe('npm start', () => {
  let server: StaticServer

  beforeAll(async () => {
    server = await startProductionServer()
  })

  afterAll(async () => {
    await server?.close()
  })

  test('a hashed script: brotli when asked, gzip otherwise, a year immutable, the CSP', async () => {
    const script = entryScript()
    const onDisk = fs.readFileSync(path.join(h5Dist(), script))

    const br = await get(server.origin, script, { 'Accept-Encoding': 'gzip, deflate, br' })
    expect(br.status).toBe(200)
    expect(br.headers['content-encoding']).toBe('br')
    expect(br.headers['cache-control']).toBe(YEAR_IMMUTABLE)
    expect(br.headers['content-type']).toBe('text/javascript; charset=utf-8')
    expect(br.headers.vary).toBe('Accept-Encoding')
    expect(br.headers['content-security-policy']).toContain("script-src 'self'")
    expect(br.headers['content-security-policy']).toContain("frame-ancestors 'none'")
    expect(br.body.length).toBeLessThan(onDisk.length / 2)
    expect(zlib.brotliDecompressSync(br.body).equals(onDisk)).toBe(true)

    const gz = await get(server.origin, script, { 'Accept-Encoding': 'gzip' })
    expect(gz.headers['content-encoding']).toBe('gzip')
    expect(gz.headers['cache-control']).toBe(YEAR_IMMUTABLE)
    expect(zlib.gunzipSync(gz.body).equals(onDisk)).toBe(true)

    const plain = await get(server.origin, script)
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.body.equals(onDisk)).toBe(true)
  })

  test('index.html: no-cache, the CSP, and 304 when unchanged', async () => {
    const index = await get(server.origin, '/', { 'Accept-Encoding': 'br' })
    expect(index.status).toBe(200)
    expect(index.headers['cache-control']).toBe('no-cache')
    expect(index.headers['content-type']).toMatch(/^text\/html/)
    expect(index.headers['content-encoding']).toBe('br')
    const csp = index.headers['content-security-policy']
    expect(csp).toMatch(/^default-src 'self'; script-src 'self' 'sha256-[A-Za-z0-9+/]+=*'/)
    expect(csp).toContain("object-src 'none'")
    expect(index.headers.etag).toBeTruthy()

    const again = await get(server.origin, '/', {
      'Accept-Encoding': 'br',
      'If-None-Match': String(index.headers.etag),
    })
    expect(again.status).toBe(304)
    expect(again.body.length).toBe(0)
  })

  test('a favicon, and 404 (not the app) for a missing file', async () => {
    const icon = await get(server.origin, '/favicon.svg')
    expect(icon.status).toBe(200)
    expect(icon.headers['content-type']).toMatch(/^image\/svg\+xml/)
    expect((await get(server.origin, '/js/app.00000000.js')).status).toBe(404)
  })

  describe('in Chromium', () => {
    let session: H5Session

    beforeAll(async () => {
      session = await startH5(server)
    })

    afterAll(async () => {
      // The server belongs to the outer block; only the browser closes here.
      await session?.browser.close()
    })

    const first = firstRecord('events')
    test.each([
      ['home', HOME_ROUTE],
      ['a list', listRoute('livelihood')],
      ['a detail page', `${detailRoute('events')}?id=${first?.id ?? ''}`],
    ])('%s loads with no CSP violation, console error or favicon 404', async (_name, route) => {
      const opened = await openRoute(session, route)
      const violations: string[] = []
      try {
        // Chromium also logs each violation as a console error (opened.errors); the event names the directive.
        await opened.page.exposeFunction('reportViolation', (v: string) => violations.push(v))
        await opened.page.addInitScript(() =>
          document.addEventListener('securitypolicyviolation', (e) =>
            (window as unknown as { reportViolation: (v: string) => void }).reportViolation(
              `${e.violatedDirective} ${e.blockedURI}`,
            ),
          ),
        )
        await opened.page.reload({ waitUntil: 'networkidle' })
        await expectTexts(opened.page, ROUTE_TEXT[route.split('?')[0] ?? ''] ?? [])
        expect(violations).toEqual([])
        expect(opened.errors).toEqual([])
        expect(opened.foreign).toEqual([])
      } finally {
        await opened.close()
      }
    })

    test('a cold detail page asks for its own chunks from index.html, not after the entry has run', async () => {
      const route = `${detailRoute('events')}?id=${first?.id ?? ''}`
      const opened = await openRoute(session, route)
      try {
        await expectTexts(opened.page, ROUTE_TEXT[detailRoute('events')] ?? [])
        await opened.page.waitForLoadState('networkidle')
        const preloaded = await opened.page.evaluate(() =>
          Array.from(document.querySelectorAll('link[rel="preload"][as="script"]')).map(
            (l) => new URL((l as HTMLLinkElement).href).pathname,
          ),
        )
        // The events records and the page itself, named in index.html's route table, and the part that holds the
        // record, which the page's first screen waits for.
        expect(preloaded.filter((p) => /^\/js\/content-events\.[0-9a-f]{8}\.js$/.test(p))).toHaveLength(1)
        expect(preloaded.filter((p) => /^\/js\/digest-whole-events-\d+-json\.[0-9a-f]{8}\.js$/.test(p))).toHaveLength(1)
        const html = fs.readFileSync(path.join(h5Dist(), 'index.html'), 'utf8')
        const entry = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1])
        // Every script the page needed beyond the entry's was asked for up front, but for the content summary's
        // parts that come after the first screen (the cross-links' records: src/domain/embedded/digest.ts).
        const later = (s: string) => /^\/js\/digest-records-[a-z]+\.[0-9a-f]{8}\.js$/.test(s)
        expect(
          [...new Set(opened.scripts)].filter((s) => !entry.includes(s) && !preloaded.includes(s) && !later(s)),
        ).toEqual([])
      } finally {
        await opened.close()
      }
    })
  })

  test("index.html's preload asks for the part that holds each record, the part the app loads (partOf)", () => {
    const html = fs.readFileSync(path.join(h5Dist(), 'index.html'), 'utf8')
    const script = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)]
      .map((m) => m[1] ?? '')
      .find((body) => body.includes('preload'))
    if (!script) throw new Error('index.html has no inline preload script')
    const files = fs.readdirSync(path.join(h5Dist(), 'js'))
    const preloadedFor = (hash: string): string[] => {
      const hrefs: string[] = []
      const link = { rel: '', as: '', href: '' }
      vm.runInNewContext(script, {
        location: { hash },
        document: {
          createElement: () => ({ ...link }),
          head: { appendChild: (l: typeof link) => hrefs.push(l.href) },
        },
      })
      return hrefs.filter((h) => h.includes('digest-whole-'))
    }
    let checked = 0
    for (const domain of DOMAINS) {
      for (const { id } of embeddedPack[domain] as ReadonlyArray<{ id: string }>) {
        const part = files.find((f) =>
          new RegExp(`^digest-whole-${domain}-${partOf(domain, id)}-json\\.[0-9a-f]{8}\\.js$`).test(f),
        )
        expect([domain, id, preloadedFor(`#/${detailRoute(domain)}?id=${encodeURIComponent(id)}`)]).toEqual([
          domain,
          id,
          [`/js/${part}`],
        ])
        checked += 1
      }
      // A list, or a detail link without an id, asks for no part.
      expect(preloadedFor(`#/${listRoute(domain)}`)).toEqual([])
      expect(preloadedFor(`#/${detailRoute(domain)}`)).toEqual([])
    }
    expect(checked).toBeGreaterThan(50)
  })
})

import fs from 'node:fs'
import path from 'node:path'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { h5Dist, outputDir, repoRoot } from './paths'
import { serveStatic, type StaticServer } from './static-server'
import { pinnedDateScript } from './clock'

/*
 * Debian's /usr/bin/chromium driven by playwright-core: no browser download.
 * One browser per test file; every route opens in a fresh context, cold, as
 * from a shared link.
 */

export const PHONE = { width: 375, height: 812 }

/** A phone's browser context: PHONE's screen at 2×, touch, Chinese. */
export const PHONE_CONTEXT = {
  viewport: PHONE,
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  locale: 'zh-CN',
}

export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
    (p): p is string => !!p,
  )
  const found = candidates.find((p) => fs.existsSync(p))
  if (!found) throw new Error('Chromium not found: `apt-get install -y chromium fonts-noto-cjk` (or set CHROMIUM_PATH)')
  return found
}

export interface H5Session {
  server: StaticServer
  browser: Browser
  close(): Promise<void>
}

/** Chromium on a server for the H5 build: the plain test server unless one is given (e.g. `npm start`'s). */
export async function startH5(given?: StaticServer): Promise<H5Session> {
  const server = given ?? (await serveStatic(h5Dist()))
  let browser: Browser
  try {
    // playwright gives every launch a fresh temporary profile (it refuses --user-data-dir here).
    browser = await chromium.launch({
      executablePath: chromiumPath(),
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    })
  } catch (error) {
    await server.close()
    throw error
  }
  return {
    server,
    browser,
    async close() {
      await browser.close()
      await server.close()
    },
  }
}

export interface OpenedRoute {
  context: BrowserContext
  page: Page
  /** Requests to anything but the local server (blocked, and a failure in the default build). */
  foreign: string[]
  /** Uncaught page errors and console.error lines. */
  errors: string[]
  /** Every script the page requested, in order, as server paths. */
  scripts: string[]
  close(): Promise<void>
}

/** `packages/jobs/pages/detail/index?id=x` → the hash-routed H5 URL. */
export function h5Url(origin: string, routeWithQuery: string): string {
  return `${origin}/#/${routeWithQuery.replace(/^\//, '')}`
}

export interface OpenOptions {
  /** Runs in the page before any of the app's scripts (after the pinned clock), e.g. to break localStorage. */
  initScript?: string
  /** Asked for every request to the local server: true fails it as if the phone had no signal. */
  offline?: (pathname: string) => boolean
}

/** Opens a route cold in a fresh phone-sized context and waits until the network is idle. */
export async function openRoute(
  session: H5Session,
  routeWithQuery: string,
  options: OpenOptions = {},
): Promise<OpenedRoute> {
  const context = await session.browser.newContext(PHONE_CONTEXT)
  const foreign: string[] = []
  const errors: string[] = []
  const scripts: string[] = []
  const local = new URL(session.server.origin)
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url())
    if (url.host === local.host && options.offline?.(url.pathname)) return route.abort('internetdisconnected')
    if (url.host === local.host || url.protocol === 'data:' || url.protocol === 'blob:') return route.continue()
    foreign.push(url.href)
    return route.abort('blockedbyclient')
  })
  await context.addInitScript({ content: pinnedDateScript() })
  if (options.initScript) await context.addInitScript({ content: options.initScript })
  const page = await context.newPage()
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.stack ?? e.message}`))
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console.error: ${m.text()}`)
  })
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname)
  })
  await page.goto(h5Url(session.server.origin, routeWithQuery), { waitUntil: 'networkidle' })
  return { context, page, foreign, errors, scripts, close: () => context.close() }
}

/** Waits until every text is visible somewhere in the page; fails with what the page does show. */
export async function expectTexts(page: Page, texts: string[], timeout = 10000): Promise<string> {
  try {
    await page.waitForFunction(
      (want: string[]) => {
        const body = document.body.innerText
        return body.trim() !== '' && want.every((t) => body.includes(t))
      },
      texts,
      { timeout },
    )
  } catch {
    const shown = await page.evaluate(() => document.body.innerText)
    throw new Error(`expected ${JSON.stringify(texts)} on ${page.url()}\n--- page shows ---\n${shown.slice(0, 2000)}`)
  }
  return page.evaluate(() => document.body.innerText)
}

export interface AxeViolation {
  id: string
  impact: string | null
  help: string
  nodes: string[]
}

/** axe-core on the page as it is; returns violations of impact serious or critical. */
export async function seriousA11yViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the debugger, not as a <script> tag: the app's CSP rightly refuses inline scripts.
  await page.evaluate(fs.readFileSync(path.join(repoRoot, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8'))
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: Document,
            o: object,
          ) => Promise<{
            violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[] }> }>
          }>
        }
      }
    ).axe
    const result = await axe.run(document, { resultTypes: ['violations'] })
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.slice(0, 5).map((n) => JSON.stringify(n.target)),
      }))
  })
}

export async function screenshot(page: Page, name: string): Promise<string> {
  const dir = outputDir('screenshots')
  fs.mkdirSync(dir, { recursive: true })
  const file = path.join(dir, `${name.replace(/[^\w-]+/g, '_')}.png`)
  await page.screenshot({ path: file, fullPage: false })
  return file
}

/**
 * One server and browser per test file (registered with beforeAll/afterAll),
 * and `journey`: open a route, run the steps, then require no page error and
 * no request off 127.0.0.1.
 */
export function h5Journeys() {
  let current: H5Session | undefined
  beforeAll(async () => {
    current = await startH5()
  })
  afterAll(async () => {
    await current?.close()
  })
  const session = (): H5Session => {
    if (!current) throw new Error('the H5 session has not started')
    return current
  }
  async function journey(
    route: string,
    steps: (o: OpenedRoute) => Promise<void>,
    options: OpenOptions = {},
  ): Promise<void> {
    const opened = await openRoute(session(), route, options)
    try {
      await steps(opened)
      expect(opened.errors).toEqual([])
      expect(opened.foreign).toEqual([])
    } finally {
      await opened.close()
    }
  }
  return { session, journey }
}

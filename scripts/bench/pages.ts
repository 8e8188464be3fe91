import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { PHONE_CONTEXT, chromiumPath, h5Url, type H5Session } from '../../test/support/browser'
import { pinnedDateScript } from '../../test/support/clock'
import { repoRoot } from '../../test/support/paths'
import {
  DOMAINS,
  HOME_ROUTE,
  firstRecord,
  listRoute,
  detailRoute,
  SEARCH_ROUTE,
  MINE_ROUTE,
  UNKNOWN_ID,
} from '../../test/support/routes'
import { WeappApp } from '../../test/weapp/harness'
import { RUNS, ms, quantile } from './measures'

// Pages as people get them: each weapp page's first setData in the headless harness, Lighthouse on the H5 build
// served by `npm start`, and the first search keystroke at 4× CPU.

export async function weappPages(): Promise<string[][]> {
  const cases: Array<[string, string, Record<string, string>]> = [
    ['home', HOME_ROUTE, {}],
    ['search', SEARCH_ROUTE, {}],
    ['mine', MINE_ROUTE, {}],
  ]
  for (const d of DOMAINS) {
    const first = firstRecord(d)
    cases.push([`${d} list`, listRoute(d), {}])
    cases.push([`${d} detail`, detailRoute(d), { id: first?.id ?? UNKNOWN_ID }])
  }
  const rows: string[][] = []
  for (const [name, route, query] of cases) {
    const settle: number[] = []
    let first = 0
    let nodes = 0
    for (let i = 0; i < RUNS; i++) {
      const app = await WeappApp.launch()
      try {
        const page = await app.open(route, query)
        settle.push(page.metrics.settleMs)
        first = page.metrics.firstRenderBytes
        nodes = page.metrics.nodeCount
      } finally {
        app.close()
      }
    }
    rows.push([name, `${first} B`, String(nodes), ms(quantile(settle, 0.5))])
  }
  return rows
}

export interface LighthouseRun {
  score: number
  lcp: number
  fcp: number
  tbt: number
}

/** One Lighthouse 12.2.3 run (default config = mobile preset, simulated throttling) on Debian's Chromium. */
export function lighthouse(url: string, out: string): Promise<LighthouseRun> {
  const cli = path.join(repoRoot, 'node_modules', 'lighthouse', 'cli', 'index.js')
  if (!fs.existsSync(cli)) throw new Error('lighthouse is not installed (npm ci)')
  const args = [
    cli,
    url,
    '--only-categories=performance',
    '--output=json',
    `--output-path=${out}`,
    '--quiet',
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu --no-first-run --disable-background-networking',
  ]
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      env: { ...process.env, CHROME_PATH: chromiumPath() },
      stdio: ['ignore', 'ignore', 'pipe'],
    })
    let err = ''
    child.stderr.on('data', (c: Buffer) => (err += c.toString()))
    child.on('error', reject)
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`lighthouse exited ${code}: ${err.trim().split('\n').pop() ?? ''}`))
      try {
        const lhr = JSON.parse(fs.readFileSync(out, 'utf8')) as {
          runtimeError?: { message: string }
          categories: { performance: { score: number | null } }
          audits: Record<string, { numericValue?: number }>
        }
        if (lhr.runtimeError) throw new Error(lhr.runtimeError.message)
        const score = lhr.categories.performance.score
        if (score === null) throw new Error('no performance score')
        resolve({
          score: score * 100,
          lcp: lhr.audits['largest-contentful-paint']?.numericValue ?? NaN,
          fcp: lhr.audits['first-contentful-paint']?.numericValue ?? NaN,
          tbt: lhr.audits['total-blocking-time']?.numericValue ?? NaN,
        })
      } catch (error) {
        reject(error as Error)
      }
    })
  })
}

/**
 * Time from the first keystroke in the search box to the results on screen (the DOM shows 共找到 and a
 * frame has been drawn), with Chromium's CPU slowed 4×, a second after the page loaded (as a person
 * would start typing). Returns milliseconds.
 */
export async function firstKeystroke(session: H5Session): Promise<number> {
  // A phone without the tests' request interception (openRoute's): Playwright's routing answers every request
  // through this process, which made each <script> the keystroke adds cost about 10 ms at 4× CPU.
  const context = await session.browser.newContext(PHONE_CONTEXT)
  try {
    await context.addInitScript({ content: pinnedDateScript() })
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
    await page.goto(h5Url(session.server.origin, SEARCH_ROUTE), { waitUntil: 'networkidle' })
    await page.waitForSelector('input', { timeout: 30000 })
    await page.waitForTimeout(1000)
    return await page.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          // window.performance: the bare name would be compiled to Node's perf_hooks import.
          const input = document.querySelector('input')
          if (!input) return reject(new Error('no search input'))
          input.focus()
          let t0 = 0
          const observer = new MutationObserver(() => {
            if (!document.body.innerText.includes('共找到')) return
            observer.disconnect()
            requestAnimationFrame(() => setTimeout(() => resolve(window.performance.now() - t0), 0))
          })
          observer.observe(document.body, { childList: true, subtree: true, characterData: true })
          setTimeout(() => reject(new Error('no results within 10 s')), 10000)
          t0 = window.performance.now()
          document.execCommand('insertText', false, '鹿')
        }),
    )
  } finally {
    await context.close()
  }
}

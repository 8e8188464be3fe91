import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { PHONE, chromiumPath, expectTexts, h5Url } from '../support/browser'
import { pinnedDateScript } from '../support/clock'
import { serveStatic, type StaticServer } from '../support/static-server'
import { BUILD_TIMEOUT_MS, TEST_CONTENT_URL, contentUrlBuild } from '../fixtures/content/builds'
import {
  BAD_BODIES,
  CHANGED_JOB_ID,
  EMBEDDED_VERSION,
  HOSTILE_TITLES,
  ORIGINAL_JOB_TITLE,
  UPDATED_JOB_TITLE,
  newerPack,
  packText,
} from '../fixtures/content/packs'
import { json, startPackServer, type PackServer } from '../fixtures/content/server'

/*
 * Content updates in the H5 build made with a content URL, in Chromium. The
 * request for the URL is routed to the test's content server on 127.0.0.1;
 * anything else off the app's own server is blocked and fails the test.
 */

const JOB_DETAIL = `packages/jobs/pages/detail/index?id=${CHANGED_JOB_ID}`
const MINE = 'pages/mine/index'
/** Looks like markup but is plain text: the schema lets it through, the page must show it as typed. */
const LITERAL_TITLE = '收入 << 支出 ＜b＞全角＜/b＞'

function withJobTitle(title: string, version = EMBEDDED_VERSION + 1): string {
  const pack = newerPack(version)
  const job = pack.jobs.find((j) => j.id === CHANGED_JOB_ID)
  if (job) job.title = title
  return packText(pack)
}

let app: StaticServer
let content: PackServer
let browser: Browser

beforeAll(async () => {
  const dist = contentUrlBuild('h5')
  app = await serveStatic(dist)
  content = await startPackServer({
    '/good.json': json(packText(newerPack())),
    '/invalid.json': json(BAD_BODIES['one invalid record'] ?? ''),
    '/hostile.json': json(withJobTitle(HOSTILE_TITLES[0] ?? '')),
    '/literal.json': json(withJobTitle(LITERAL_TITLE)),
  })
  browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  })
}, BUILD_TIMEOUT_MS)

afterAll(async () => {
  await browser?.close()
  await app?.close()
  await content?.close()
})

const VERSION_URL = TEST_CONTENT_URL.replace(/\.json$/, '.version.json')

interface Device {
  context: BrowserContext
  /** What the content URL answers in this context: a path on the content server, or 'offline'. */
  serve(answer: string): void
  /** What the version file beside the pack answers: its text, or a 404 (the default) when undefined. */
  serveVersion(text: string | undefined): void
  contentRequests: number
  versionRequests: number
  foreign: string[]
  errors: string[]
  dialogs: string[]
  open(route: string): Promise<Page>
}

/** A phone: one browser context, so localStorage survives from one launch to the next. */
async function device(): Promise<Device> {
  const context = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true, locale: 'zh-CN' })
  const local = new URL(app.origin)
  let answer = 'offline'
  let versionText: string | undefined
  const d: Device = {
    context,
    serve: (a) => {
      answer = a
    },
    serveVersion: (text) => {
      versionText = text
    },
    contentRequests: 0,
    versionRequests: 0,
    foreign: [],
    errors: [],
    dialogs: [],
    async open(route) {
      await context.addInitScript({ content: pinnedDateScript() })
      const page = await context.newPage()
      page.on('pageerror', (e) => d.errors.push(`pageerror: ${e.message}`))
      page.on('console', (m) => {
        // Chromium logs a failed fetch itself; that is the browser, not the app.
        if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) d.errors.push(m.text())
      })
      page.on('dialog', (dialog) => {
        d.dialogs.push(dialog.message())
        void dialog.dismiss()
      })
      await page.goto(h5Url(app.origin, route), { waitUntil: 'networkidle' })
      return page
    },
  }
  await context.route('**/*', async (route) => {
    const url = route.request().url()
    if (url === VERSION_URL) {
      d.versionRequests++
      if (answer === 'offline') return route.abort('internetdisconnected')
      const cors = { 'access-control-allow-origin': '*' }
      return versionText === undefined
        ? route.fulfill({ status: 404, headers: cors, contentType: 'text/plain', body: 'Not Found' })
        : route.fulfill({ status: 200, headers: cors, contentType: 'application/json', body: versionText })
    }
    if (url === TEST_CONTENT_URL) {
      d.contentRequests++
      if (answer === 'offline') return route.abort('internetdisconnected')
      const res = await fetch(content.url(answer))
      return route.fulfill({ status: res.status, headers: Object.fromEntries(res.headers), body: await res.text() })
    }
    const u = new URL(url)
    if (u.host === local.host || u.protocol === 'data:' || u.protocol === 'blob:') return route.continue()
    d.foreign.push(url)
    return route.abort('blockedbyclient')
  })
  return d
}

function expectQuiet(d: Device): void {
  expect(d.errors).toEqual([])
  expect(d.foreign).toEqual([])
  expect(d.dialogs).toEqual([])
}

test('a newer pack shows its changed job title, and is used offline at the next launch', async () => {
  const d = await device()
  try {
    d.serve('/good.json')
    const page = await d.open(JOB_DETAIL)
    await expectTexts(page, [UPDATED_JOB_TITLE])
    expect(d.contentRequests).toBe(1)

    d.serve('offline')
    const next = await d.open(JOB_DETAIL)
    await expectTexts(next, [UPDATED_JOB_TITLE])
    const mine = await d.open(MINE)
    await expectTexts(mine, [`第 ${EMBEDDED_VERSION + 1} 版`, '来自联网更新的内容'])
    expectQuiet(d)
  } finally {
    await d.context.close()
  }
})

test.each([
  ['a network error', 'offline'],
  ['a pack with one invalid record', '/invalid.json'],
  ['a pack with markup in a title', '/hostile.json'],
])('%s leaves the embedded content, quietly', async (_name, answer) => {
  const d = await device()
  try {
    d.serve(answer)
    const page = await d.open(JOB_DETAIL)
    const text = await expectTexts(page, [ORIGINAL_JOB_TITLE])
    expect(text).not.toContain(UPDATED_JOB_TITLE)
    expect(d.contentRequests).toBe(1)
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('sy.content.')))).toEqual([])
    // Nothing of the hostile title reached the page, as an element or as text.
    expect(await page.evaluate(() => document.querySelectorAll('img[src="x"]').length)).toBe(0)
    expect(await page.evaluate(() => document.body.innerHTML.includes('onerror'))).toBe(false)
    const mine = await d.open(MINE)
    await expectTexts(mine, ['网页版内置的内容'])
    expectQuiet(d)
  } finally {
    await d.context.close()
  }
})

test('text that looks like markup but passed the schema is shown literally', async () => {
  const d = await device()
  try {
    d.serve('/literal.json')
    const page = await d.open(JOB_DETAIL)
    await expectTexts(page, [LITERAL_TITLE])
    expect(await page.evaluate(() => document.querySelectorAll('b').length)).toBe(0)
    expectQuiet(d)
  } finally {
    await d.context.close()
  }
})

test('a version file announcing nothing newer: only it is downloaded, the embedded content stays', async () => {
  const d = await device()
  try {
    d.serve('/good.json')
    d.serveVersion(`{"version":${EMBEDDED_VERSION}}`)
    const page = await d.open(JOB_DETAIL)
    await expectTexts(page, [ORIGINAL_JOB_TITLE])
    await page.waitForLoadState('networkidle')
    expect(d.versionRequests).toBe(1)
    expect(d.contentRequests).toBe(0)
    expectQuiet(d)
  } finally {
    await d.context.close()
  }
})

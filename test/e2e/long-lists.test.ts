import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { embeddedPack } from '@/content'
import { scaledPack } from '../../scripts/content-scale'
import { PHONE, chromiumPath, expectTexts, h5Url } from '../support/browser'
import { pinnedDateScript } from '../support/clock'
import { serveStatic, type StaticServer } from '../support/static-server'
import { BUILD_TIMEOUT_MS, TEST_CONTENT_URL, contentUrlBuild } from '../fixtures/content/builds'

/*
 * Lists at ten times today's content in Chromium: the pack comes from the content URL of the build made with
 * one (the update suites' build, made once per run), routed here to the ten-fold pack made in memory. A list
 * draws its first records, says how many there are, and scrolling the page reaches its last record.
 */

const VERSION_URL = TEST_CONTENT_URL.replace(/\.json$/, '.version.json')

let app: StaticServer
let browser: Browser
let packText: string

beforeAll(async () => {
  const dist = contentUrlBuild('h5')
  // A newer version than the embedded content, or the app keeps what it has.
  packText = JSON.stringify({ ...scaledPack(embeddedPack, 10), version: embeddedPack.version + 1 })
  app = await serveStatic(dist)
  browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  })
}, BUILD_TIMEOUT_MS)

afterAll(async () => {
  await browser?.close()
  await app?.close()
})

async function phone(): Promise<{ context: BrowserContext; errors: string[]; open(route: string): Promise<Page> }> {
  const context = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true, locale: 'zh-CN' })
  const local = new URL(app.origin)
  const errors: string[] = []
  await context.route('**/*', async (route) => {
    const url = route.request().url()
    const cors = { 'access-control-allow-origin': '*' }
    if (url === VERSION_URL) return route.fulfill({ status: 404, headers: cors, body: 'Not Found' })
    if (url === TEST_CONTENT_URL)
      return route.fulfill({ status: 200, headers: cors, contentType: 'application/json', body: packText })
    const u = new URL(url)
    if (u.host === local.host || u.protocol === 'data:' || u.protocol === 'blob:') return route.continue()
    errors.push(`off the app's server: ${url}`)
    return route.abort('blockedbyclient')
  })
  await context.addInitScript({ content: pinnedDateScript() })
  return {
    context,
    errors,
    async open(route) {
      const page = await context.newPage()
      page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`))
      await page.goto(h5Url(app.origin, route), { waitUntil: 'networkidle' })
      return page
    },
  }
}

const count = (page: Page, selector: string) => page.locator(`${selector}:visible`).count()

/**
 * Scrolls down a screen at a time, as a thumb does, until the page's end stays its end (no more cards arrive).
 * Taro calls onReachBottom once per arrival near the end: the scrolls in between are what let it call again.
 */
async function scrollToEnd(page: Page, selector: string): Promise<void> {
  let before = -1
  for (let i = 0; i < 400; i++) {
    const atEnd = await page.evaluate((sel) => {
      // Whatever box scrolls the page (Taro's page container, or the document).
      let el: HTMLElement | null = [...document.querySelectorAll<HTMLElement>(sel)].pop() ?? null
      while (el && !(el.scrollHeight > el.clientHeight + 1 && /auto|scroll/.test(getComputedStyle(el).overflowY)))
        el = el.parentElement
      const box = el ?? document.documentElement
      box.scrollBy(0, 600)
      return box.scrollHeight - box.scrollTop - box.clientHeight < 2
    }, selector)
    await page.waitForTimeout(60)
    if (!atEnd) continue
    await page.waitForTimeout(400)
    const now = await count(page, selector)
    if (now === before) return
    before = now
  }
}

test.each([
  ['policies', 'packages/policies/pages/list/index', '.sy-policy-card', '全部 240 项政策', 20, 240],
  ['attractions', 'packages/attractions/pages/list/index', '.sy-attraction-card', '共 110 个景点', 20, 110],
  ['the demo plan', 'packages/livelihood/pages/list/index?view=demo', '.sy-project', '找到 160 项', 16, 160],
])(
  '%s at ten times: a few drawn first, the count says all, scrolling reaches the last',
  async (_n, route, card, said, first, total) => {
    const d = await phone()
    try {
      const page = await d.open(route)
      // The count at the list's end shows once the first step is drawn (H5 draws a step in parts).
      await expectTexts(page, [said, `，共 ${total} `])
      expect(await count(page, card)).toBe(first)
      await scrollToEnd(page, card)
      expect(await count(page, card)).toBe(total)
      expect(d.errors).toEqual([])
    } finally {
      await d.context.close()
    }
  },
)

import type { BrowserContext, Page, Route } from 'playwright-core'
import { PHONE, expectTexts, h5Url, startH5, type H5Session } from '../support/browser'
import { pinnedDateScript } from '../support/clock'
import { SEARCH_ROUTE, withQuery } from '../support/routes'

/*
 * The search page draws without search's code, documents or records: they are fetched when the person first
 * searches (types, taps a word, or opens search with one), never because the box took the focus. Here those
 * requests are watched, held and failed in Chromium. Texts written by hand from the page and src/content/events.json.
 */
// H5 fetches search's code and documents as one file (src/platform/search-files.h5.ts).
const SEARCH_CODE = /\/js\/search\.[0-9a-f]{8}\.js$/
const SEARCH_FILES = /\/js\/(search|digest-search-[a-z]+|digest-records-[a-z]+)\.[0-9a-f]{8}\.js$/
const FESTIVAL = '双阳梅花鹿节'

let session: H5Session

beforeAll(async () => {
  session = await startH5()
})

afterAll(async () => {
  await session?.close()
})

interface Phone {
  context: BrowserContext
  page: Page
  /** Paths of search's files requested so far. */
  asked: string[]
  errors: string[]
}

/** A phone whose requests for search's files go to `onFile`, on the search page once its network is idle. */
async function open(onFile: (route: Route) => void, route = SEARCH_ROUTE): Promise<Phone> {
  const context = await session.browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true, locale: 'zh-CN' })
  const asked: string[] = []
  const errors: string[] = []
  await context.route(SEARCH_FILES, (r) => {
    asked.push(new URL(r.request().url()).pathname)
    onFile(r)
  })
  await context.addInitScript({ content: pinnedDateScript() })
  const page = await context.newPage()
  page.on('pageerror', (e) => errors.push(e.message))
  await page.goto(h5Url(session.server.origin, route), { waitUntil: 'networkidle' })
  return { context, page, asked, errors }
}

const box = (page: Page) => page.locator('.sy-search-box input')

test('the page draws and takes the focus without search’s files; the first input fetches them, and what was typed meanwhile is searched when they arrive', async () => {
  const held: Route[] = []
  const { context, page, asked, errors } = await open((r) => held.push(r))
  try {
    await expectTexts(page, ['大家常搜', '梅花鹿节', '按类别看'])
    await box(page).waitFor()
    await page.waitForLoadState('networkidle')
    // The box has the focus (a person can type at once), and nothing of search has been fetched for it.
    expect(await box(page).evaluate((input) => input === document.activeElement)).toBe(true)
    expect(asked).toEqual([])
    await box(page).pressSequentially('鹿')
    await expectTexts(page, ['正在载入搜索内容…'])
    expect(await box(page).inputValue()).toBe('鹿')
    expect(await page.getByText('没有找到').count()).toBe(0)
    expect(asked.some((p) => SEARCH_CODE.test(p))).toBe(true)
    while (held.length > 0) await held.shift()!.continue()
    const text = await expectTexts(page, [FESTIVAL, '节庆活动'])
    expect(text).toMatch(/共找到 \d+ 条/)
    expect(await page.getByText('正在载入').count()).toBe(0)
    expect(errors).toEqual([])
  } finally {
    await context.close()
  }
})

test('a finger on the box says the person is about to type: search’s files are fetched before the first character', async () => {
  const { context, page, asked } = await open((r) => void r.continue())
  try {
    await expectTexts(page, ['大家常搜'])
    expect(asked).toEqual([])
    const fetched = page.waitForRequest(SEARCH_CODE)
    await box(page).tap()
    await fetched
    // Nothing else changes: the box is still empty.
    await expectTexts(page, ['大家常搜', '按类别看'])
    expect(await page.getByText('正在载入').count()).toBe(0)
  } finally {
    await context.close()
  }
})

test('no network: a calm line with 重试, the typed words stay, and 重试 finds them', async () => {
  let offline = true
  const { context, page, asked } = await open((r) => void (offline ? r.abort('internetdisconnected') : r.continue()))
  try {
    await box(page).waitFor()
    await box(page).fill('梅花鹿')
    await expectTexts(page, ['搜索内容暂时没能载入，可能是网络不好。', '重试'])
    expect(await box(page).inputValue()).toBe('梅花鹿')
    expect(await page.getByText('没有找到').count()).toBe(0)
    const failed = asked.length
    offline = false
    await page.getByText('重试', { exact: true }).click()
    await expectTexts(page, [FESTIVAL, '节庆活动'])
    expect(asked.length).toBeGreaterThan(failed)
    expect(await box(page).inputValue()).toBe('梅花鹿')
  } finally {
    await context.close()
  }
})

test('a tapped word fetches search, shows its results when they come, and is then kept as a recent search', async () => {
  const held: Route[] = []
  const { context, page, asked } = await open((r) => held.push(r))
  try {
    await expectTexts(page, ['大家常搜'])
    expect(asked).toEqual([])
    await page.locator('.sy-search__chip', { hasText: '梅花鹿节' }).first().click()
    await expectTexts(page, ['正在载入搜索内容…'])
    while (held.length > 0) await held.shift()!.continue()
    await expectTexts(page, [FESTIVAL, '节庆活动'])
    await page.getByText('清空').click()
    await expectTexts(page, ['最近搜索', '梅花鹿节'])
  } finally {
    await context.close()
  }
})

test('search opened with words (a link, or home’s box) fetches search at once and shows the results', async () => {
  const { context, page, asked } = await open((r) => void r.continue(), withQuery(SEARCH_ROUTE, { q: '低保' }))
  try {
    await expectTexts(page, ['惠民政策', '城乡低保'])
    expect(asked.some((p) => SEARCH_CODE.test(p))).toBe(true)
  } finally {
    await context.close()
  }
})

test('a second link to the open search page (?q= changed in the address) searches its words', async () => {
  const { context, page } = await open((r) => void r.continue(), withQuery(SEARCH_ROUTE, { q: '低保' }))
  try {
    await expectTexts(page, ['惠民政策', '城乡低保'])
    await page.evaluate(() => {
      window.location.hash = `#/pages/search/index?q=${encodeURIComponent('梅花鹿')}`
    })
    await expectTexts(page, [FESTIVAL, '节庆活动'])
    expect(await box(page).inputValue()).toBe('梅花鹿')
  } finally {
    await context.close()
  }
})

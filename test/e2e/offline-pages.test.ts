import fs from 'node:fs'
import path from 'node:path'
import { expectTexts, openRoute, startH5, type H5Session, type OpenedRoute } from '../support/browser'
import { h5Dist } from '../support/paths'
import { HOME_ROUTE, ROUTE_TEXT, listRoute } from '../support/routes'

// H5 fetches each page's files when the page is first opened. With no signal at that moment the app must say
// so: a tap gets a notice and a second tap works once the signal is back; a link opened cold gets a page with
// 重试 and 回到首页 instead of a blank screen.
const PAGE_FAILED_NOTICE = '页面打开失败，请检查网络后再试'
const OFFLINE_TITLE = '暂时打不开这一页'
const OFFLINE_TEXT = '网络不通，这一页没能载入。'
let session: H5Session
beforeAll(async () => {
  session = await startH5()
})
afterAll(async () => {
  await session?.close()
})

/** What index.html itself names (the entry): a phone that got the page got these. */
function entryFiles(): Set<string> {
  const html = fs.readFileSync(path.join(h5Dist(), 'index.html'), 'utf8')
  return new Set([...html.matchAll(/(?:src|href)="(\/[^"]+)"/g)].map((m) => m[1] ?? ''))
}

const pageFile = (p: string) => /^\/(js|css)\//.test(p)

/** Errors other than the failed fetches themselves (Chromium logs each as a console error). */
function unexpected(opened: OpenedRoute): string[] {
  return opened.errors.filter((e) => !/Failed to load resource: net::ERR_INTERNET_DISCONNECTED/.test(e))
}

test('a tap to a page whose files cannot be fetched says so; the next tap with signal opens it', async () => {
  let offline = false
  const opened = await openRoute(session, HOME_ROUTE, { offline: (p) => offline && pageFile(p) })
  try {
    const { page } = opened
    await expectTexts(page, ROUTE_TEXT[HOME_ROUTE] ?? [])
    const homeUrl = page.url()
    offline = true
    await page.getByText('全部岗位').first().click()
    await expectTexts(page, [PAGE_FAILED_NOTICE])
    // The failed tap left no history entry behind: the address is still home's.
    expect(page.url()).toBe(homeUrl)
    offline = false
    await page.waitForTimeout(700) // past the double-tap guard (platform/nav NAV_GUARD_MS)
    await page.getByText('全部岗位').first().click()
    await expectTexts(page, ROUTE_TEXT[listRoute('jobs')] ?? [])
    // One back returns home (it used to show the jobs list again first).
    await page.goBack()
    await page.waitForURL(homeUrl)
    await expectTexts(page, ROUTE_TEXT[HOME_ROUTE] ?? [])
    expect(unexpected(opened)).toEqual([])
  } finally {
    await opened.close()
  }
})

test('a link opened cold without its page files: 暂时打不开这一页, then 重试 opens it', async () => {
  const entry = entryFiles()
  let offline = true
  const opened = await openRoute(session, listRoute('jobs'), {
    offline: (p) => offline && pageFile(p) && !entry.has(p),
  })
  try {
    const { page } = opened
    await expectTexts(page, [OFFLINE_TITLE, OFFLINE_TEXT, '重试', '回到首页'])
    expect(await page.getByRole('alert').count()).toBe(1)
    offline = false
    // 重试 reloads the page.
    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: '重试' }).click()])
    await expectTexts(page, ROUTE_TEXT[listRoute('jobs')] ?? [])
    expect(await page.locator('#sy-offline').count()).toBe(0)
    expect(unexpected(opened)).toEqual([])
  } finally {
    await opened.close()
  }
})

test('… or 回到首页 opens home', async () => {
  const entry = entryFiles()
  let offline = true
  const opened = await openRoute(session, listRoute('events'), {
    offline: (p) => offline && pageFile(p) && !entry.has(p),
  })
  try {
    const { page } = opened
    await expectTexts(page, [OFFLINE_TITLE])
    offline = false
    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: '回到首页' }).click()])
    await page.waitForURL((u) => u.hash.includes(HOME_ROUTE), { timeout: 10000 })
    await expectTexts(page, ROUTE_TEXT[HOME_ROUTE] ?? [])
  } finally {
    await opened.close()
  }
})

test('before any of the app has arrived the screen says 正在打开智慧双阳…, and the first page replaces it', async () => {
  const stalled = await openRoute(session, HOME_ROUTE, { offline: (p) => p.startsWith('/js/') })
  try {
    await expectTexts(stalled.page, ['正在打开智慧双阳…'])
  } finally {
    await stalled.close()
  }
  const opened = await openRoute(session, HOME_ROUTE)
  try {
    await expectTexts(opened.page, ROUTE_TEXT[HOME_ROUTE] ?? [])
    await opened.page.waitForSelector('#sy-boot', { state: 'detached', timeout: 5000 })
    expect(opened.errors).toEqual([])
  } finally {
    await opened.close()
  }
})

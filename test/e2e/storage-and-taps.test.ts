import {
  HOME_ROUTE,
  MINE_ROUTE,
  detailRoute,
  firstRecord,
  listRoute,
  noRecordsMessage,
  withQuery,
} from '../support/routes'
import { expectTexts, h5Journeys, h5Url } from '../support/browser'

// Hostile browsers and hostile fingers on the H5 build: no storage, a full storage, bursts of taps.
const { session, journey } = h5Journeys()

/** Privacy modes and some embedded browsers: any use of localStorage throws. */
const NO_STORAGE = `Object.defineProperty(window, 'localStorage', {
  configurable: true,
  get() { throw new DOMException('The operation is insecure.', 'SecurityError') },
})`

/** A full disk: every write throws QuotaExceededError, reads work. */
const FULL_STORAGE = `Storage.prototype.setItem = function () {
  throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
}`

test('with no storage the app still opens, says so once, and the 长辈版 switch is honest', async () => {
  await journey(
    HOME_ROUTE,
    async ({ page }) => {
      await expectTexts(page, ['智慧双阳', '长辈版', '这台设备不能保存数据：收藏和设置只在这次使用中有效'])
      await page.locator('.sy-elder__row').first().click()
      await expectTexts(page, ['已打开', '没存上：这台设备不允许保存数据，长辈版只在这次使用中有效'])
    },
    { initScript: NO_STORAGE },
  )
})

test('收藏 on a full disk says 没存上, and after a reload 我的 does not pretend otherwise', async () => {
  const job = firstRecord('jobs')
  if (!job) throw new Error(noRecordsMessage('jobs'))
  await journey(
    withQuery(detailRoute('jobs'), { id: job.id }),
    async ({ page }) => {
      await expectTexts(page, [job.title])
      await page.getByText('收藏', { exact: true }).first().click()
      await expectTexts(page, ['没存上：手机存储空间满了，收藏只在这次使用中有效'])
      expect(await page.locator('body').innerText()).not.toContain('已收藏，可在“我的”里找到')
      await page.goto(h5Url(session().server.origin, MINE_ROUTE), { waitUntil: 'networkidle' })
      await page.reload({ waitUntil: 'networkidle' })
      await expectTexts(page, ['我的收藏', '还没有收藏'])
    },
    { initScript: FULL_STORAGE },
  )
})

test('two taps on 长辈版 in one burst leave it off, on screen and in storage', async () => {
  await journey(HOME_ROUTE, async ({ page }) => {
    await expectTexts(page, ['已关闭'])
    await page
      .locator('.sy-elder__row')
      .first()
      .evaluate((el) => {
        ;(el as HTMLElement).click()
        ;(el as HTMLElement).click()
      })
    await page.waitForTimeout(300)
    await expectTexts(page, ['已关闭'])
    const stored = await page.evaluate(() => localStorage.getItem('sy.settings.v1'))
    expect(JSON.parse(JSON.parse(stored ?? '{}').data)).toEqual({ elderMode: false })
  })
})

test('a 0 ms double tap on a list item opens the detail page once', async () => {
  await journey(listRoute('jobs'), async ({ page }) => {
    const item = page.locator('.sy-job').first()
    await item.waitFor({ timeout: 10000 })
    const before = await page.evaluate(() => window.history.length)
    await item.evaluate((el) => {
      ;(el as HTMLElement).click()
      ;(el as HTMLElement).click()
    })
    await page.waitForURL((u) => u.hash.includes(detailRoute('jobs')), { timeout: 10000 })
    await page.waitForTimeout(1000)
    expect(await page.evaluate(() => window.history.length)).toBe(before + 1)
  })
})

import { embeddedPack } from '@/content/index'
import { HOME_ROUTE, MINE_ROUTE, detailRoute, firstRecord, withQuery } from '../support/routes'
import { expectTexts, h5Journeys } from '../support/browser'

// H5's notices are the app's own (platform/feedback.h5.ts, clipboard.h5.ts): a short one is read out as a
// status, one that stays until read is a dialog that takes the focus and gives it back.
const { journey } = h5Journeys()

const job = firstRecord('jobs')
const jobDetail = withQuery(detailRoute('jobs'), { id: job?.id ?? '' })

/** A browser that refuses to copy, both ways a page may ask. */
const NO_COPY = `
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: { writeText: () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')) },
  })
  document.execCommand = () => false
`

test('复制链接: the link is on the clipboard and a status says so, once', async () => {
  await journey(jobDetail, async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    await expectTexts(page, ['岗位职责'])
    await page.getByText('复制链接，发给家人').click()
    const status = page.getByRole('status')
    await status.filter({ hasText: '链接已复制' }).waitFor({ timeout: 10000 })
    // What the link is, then the link: the family knows before opening it; a sample post says so first.
    const mark = embeddedPack.jobs.find((j) => j.id === job?.id)?.source.kind === 'sample' ? '【示例】' : ''
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${mark}${job?.title}（智慧双阳）\n${page.url()}`,
    )
    // Only the app's own words: Taro's 内容已复制 does not show beside them.
    expect(await page.locator('body').innerText()).not.toContain('内容已复制')
  })
})

test('复制 refused: a dialog names the problem, shows the link to note down, and Esc gives the focus back', async () => {
  await journey(
    jobDetail,
    async ({ page }) => {
      await expectTexts(page, ['岗位职责'])
      const copy = page.getByText('复制链接，发给家人')
      await copy.click()
      const dialog = page.getByRole('alertdialog', { name: '没有复制权限' })
      await dialog.waitFor({ timeout: 10000 })
      expect(await dialog.innerText()).toContain(page.url())
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('知道了')
      // A browser cannot open 设置 for a page: nothing offers it.
      expect(await dialog.getByText('去设置').count()).toBe(0)
      await page.keyboard.press('Escape')
      await dialog.waitFor({ state: 'detached', timeout: 10000 })
      expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('复制链接')
      await page.getByText('复制链接，发给家人').click()
      await dialog.waitFor({ timeout: 10000 })
      await dialog.getByRole('button', { name: '知道了' }).click()
      await dialog.waitFor({ state: 'detached', timeout: 10000 })
    },
    { initScript: NO_COPY },
  )
})

test('a dialog goes with the page it spoke about: the phone’s back closes it', async () => {
  await journey(
    HOME_ROUTE,
    async ({ page }) => {
      await expectTexts(page, ['最新岗位'])
      // Opened from home, so that back returns there (a cold link's back would leave the site).
      await page.evaluate((route) => (window.location.hash = `#/${route}`), jobDetail)
      await expectTexts(page, ['岗位职责'])
      await page.getByText('复制链接，发给家人').click()
      const dialog = page.getByRole('alertdialog', { name: '没有复制权限' })
      await dialog.waitFor({ timeout: 10000 })
      await page.goBack()
      await expectTexts(page, ['最新岗位'])
      await dialog.waitFor({ state: 'detached', timeout: 10000 })
    },
    { initScript: NO_COPY },
  )
})

test('长辈版: notices and dialogs are drawn large too, and the page does not show through a notice', async () => {
  await journey(
    MINE_ROUTE,
    async ({ page }) => {
      await expectTexts(page, ['长辈版'])
      await page.locator('.sy-elder__row').first().click()
      await page.locator('.sy-page--elder').first().waitFor({ timeout: 10000 })
      const toast = page.getByRole('status').filter({ hasText: '已打开长辈版' })
      await toast.waitFor({ timeout: 10000 })
      const look = await toast.evaluate((el) => {
        const s = getComputedStyle(el)
        return { size: parseFloat(s.fontSize), alpha: Number(s.backgroundColor.match(/[\d.]+(?=\))/)?.[0] ?? 1) }
      })
      expect(look.size).toBeGreaterThanOrEqual(20)
      expect(look.alpha).toBeGreaterThanOrEqual(0.85)

      await page.goto(page.url().replace(/#.*/, `#/${jobDetail}`))
      await expectTexts(page, ['岗位职责'])
      await page.getByText('复制链接，发给家人').click()
      const dialog = page.getByRole('alertdialog', { name: '没有复制权限' })
      await dialog.waitFor({ timeout: 10000 })
      const sizes = await dialog.evaluate((el) =>
        ['h2', 'p', 'button'].map((tag) => parseFloat(getComputedStyle(el.querySelector(tag)!).fontSize)),
      )
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(20)
    },
    { initScript: NO_COPY },
  )
})

import type { Page } from 'playwright-core'
import { HOME_ROUTE, MINE_ROUTE, SEARCH_ROUTE, listRoute } from '../support/routes'
import { expectTexts, h5Journeys } from '../support/browser'

// H5's tab bar (the app's own, components/tab-bar): a tab is a page of the site, the bar shows on tab pages only
// and says which tab is open, and on a wide screen it sits in the app's column.
const { journey } = h5Journeys()

function routeIn(url: string): string {
  return new URL(url).hash.replace(/^#\/?/, '').split('?')[0] ?? ''
}

async function waitForRoute(page: Page, route: string): Promise<void> {
  await page.waitForFunction((r) => window.location.hash.replace(/^#\/?/, '').split('?')[0] === r, route, {
    timeout: 10000,
  })
}

test('tabs are pages of the site: back from 我的 returns to 搜索, then to 首页', async () => {
  await journey(HOME_ROUTE, async ({ page }) => {
    await expectTexts(page, ['长辈版', '民生实事'])
    await page.locator('.sy-tabbar-h5__item', { hasText: '搜索' }).click()
    await waitForRoute(page, SEARCH_ROUTE)
    await expectTexts(page, ['大家常搜'])
    await page.locator('.sy-tabbar-h5__item', { hasText: '我的' }).click()
    await waitForRoute(page, MINE_ROUTE)
    await expectTexts(page, ['我的收藏'])

    await page.goBack()
    await waitForRoute(page, SEARCH_ROUTE)
    await page.locator('.sy-search:visible').first().waitFor({ timeout: 10000 })
    await page.goBack()
    await waitForRoute(page, HOME_ROUTE)
    await page.locator('.sy-home:visible').first().waitFor({ timeout: 10000 })
    // The bar marks the tab on show, and a tap on it opens nothing more.
    expect(await page.locator('.sy-tabbar-h5__item--on').innerText()).toContain('首页')
    // (openRoute pushes within the tap's own handler, so a push would be counted by now.)
    const entries = await page.evaluate(() => window.history.length)
    await page.locator('.sy-tabbar-h5__item', { hasText: '首页' }).click()
    expect(await page.evaluate(() => window.history.length)).toBe(entries)
    expect(routeIn(page.url())).toBe(HOME_ROUTE)
  })
})

test('the bar is on tab pages only: a list opened from home has none, and back brings it again', async () => {
  await journey(HOME_ROUTE, async ({ page }) => {
    await expectTexts(page, ['民生实事'])
    await page.locator('.sy-tabbar-h5').waitFor({ timeout: 10000 })
    await page.locator('.sy-grid__item:visible').nth(1).click()
    await waitForRoute(page, listRoute('jobs'))
    await expectTexts(page, ['个岗位'])
    expect(await page.locator('.sy-tabbar-h5').count()).toBe(0)
    await page.goBack()
    await waitForRoute(page, HOME_ROUTE)
    await page.locator('.sy-tabbar-h5').waitFor({ timeout: 10000 })
    expect(await page.locator('.sy-tabbar-h5__item--on').innerText()).toContain('首页')
  })
})

test('the bar is a named menu of three links; the open tab is marked as the current page', async () => {
  await journey(SEARCH_ROUTE, async ({ page }) => {
    await expectTexts(page, ['大家常搜'])
    const bar = page.getByRole('navigation', { name: '主菜单' })
    await bar.waitFor({ timeout: 10000 })
    expect(await bar.getByRole('link').allInnerTexts()).toEqual(['首页', '搜索', '我的'])
    expect(await bar.locator('[aria-current="page"]').innerText()).toBe('搜索')
    // The icons are drawn, not announced.
    expect(await bar.locator('svg[aria-hidden="true"]').count()).toBe(3)
    // Reached with the keyboard: Enter on 我的 opens it.
    await bar.getByRole('link', { name: '我的' }).focus()
    await page.keyboard.press('Enter')
    await waitForRoute(page, MINE_ROUTE)
    await expectTexts(page, ['我的收藏'])
    expect(await bar.locator('[aria-current="page"]').innerText()).toBe('我的')
  })
})

test('the home page search box opens 搜索 as a page too: back returns home', async () => {
  await journey(HOME_ROUTE, async ({ page }) => {
    await expectTexts(page, ['民生实事'])
    await page.locator('.sy-home__search:visible').click()
    await waitForRoute(page, SEARCH_ROUTE)
    await expectTexts(page, ['大家常搜'])
    await page.goBack()
    await waitForRoute(page, HOME_ROUTE)
    await page.locator('.sy-home:visible').first().waitFor({ timeout: 10000 })
  })
})

test('at desktop width the tab bar sits in the centred column, not across the window', async () => {
  await journey(HOME_ROUTE, async ({ page }) => {
    await expectTexts(page, ['民生实事'])
    await page.setViewportSize({ width: 1280, height: 800 })
    await page.waitForFunction(() => {
      const p = Array.from(document.querySelectorAll<HTMLElement>('.sy-page')).find((e) => e.offsetParent !== null)
      return !!p && p.getBoundingClientRect().width < 1000
    })
    const { column, bar } = await page.evaluate(() => {
      const p = Array.from(document.querySelectorAll<HTMLElement>('.sy-page')).find((e) => e.offsetParent !== null)!
      const c = p.getBoundingClientRect()
      const b = document.querySelector('.sy-tabbar-h5')!.getBoundingClientRect()
      return { column: { left: c.left, right: c.right }, bar: { left: b.left, right: b.right } }
    })
    expect(column.left).toBeGreaterThan(100)
    expect(Math.abs(bar.left - column.left)).toBeLessThanOrEqual(1)
    expect(Math.abs(bar.right - column.right)).toBeLessThanOrEqual(1)
    // Beside the bar the window has the colour it has beside the column above (no grey strip).
    const colours = await page.evaluate(() => {
      const shown = Array.from(document.querySelectorAll<HTMLElement>('.taro_page')).find(
        (p) => p.offsetParent !== null,
      )!
      return { body: getComputedStyle(document.body).backgroundColor, page: getComputedStyle(shown).backgroundColor }
    })
    expect(colours.body).toBe(colours.page)
  })
})

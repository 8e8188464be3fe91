import type { Page } from 'playwright-core'
import {
  HOME_ROUTE,
  MINE_ROUTE,
  SEARCH_ROUTE,
  detailRoute,
  firstRecord,
  noRecordsMessage,
  withQuery,
} from '../support/routes'
import { expectTexts, h5Url, seriousA11yViolations, h5Journeys } from '../support/browser'

// Journeys through home, search and 我的 in the H5 build, each asserting what a user sees.
const { session, journey } = h5Journeys()

async function goTo(page: Page, route: string, texts: string[]): Promise<void> {
  await page.goto(h5Url(session().server.origin, route), { waitUntil: 'networkidle' })
  await page.reload({ waitUntil: 'networkidle' })
  await expectTexts(page, texts)
}

async function search(page: Page, words: string): Promise<void> {
  const box = page.locator('.sy-search-box input')
  await box.waitFor({ timeout: 10000 })
  await box.fill(words)
}

test.each(['梅花鹿', 'mhlj'])('search %s, see it highlighted, open the festival', async (words) => {
  await journey(SEARCH_ROUTE, async ({ page }) => {
    await search(page, words)
    await expectTexts(page, ['双阳梅花鹿节', '节庆活动'])
    const marks = await page.locator('.sy-search__hit .sy-hl__mark').allInnerTexts()
    expect(marks.join('')).toContain('梅花鹿')
    await page.getByText('双阳梅花鹿节').first().click()
    await page.waitForURL((u) => u.hash.includes(detailRoute('events')), { timeout: 10000 })
    await expectTexts(page, ['双阳梅花鹿节'])
  })
})

test('a filled search box offers one way to empty it: 清空, with the browser’s own × hidden', async () => {
  await journey(SEARCH_ROUTE, async ({ page }) => {
    await search(page, '低保')
    await expectTexts(page, ['清空'])
    const box = page.locator('.sy-search-box input')
    expect(await box.getAttribute('type')).toBe('search')
    // The browser's × is a pseudo-element no script can read: require a loaded rule that hides it on this input.
    const hidden = await box.evaluate((input) =>
      Array.from(document.styleSheets).some((sheet) =>
        Array.from(sheet.cssRules).some((rule) => {
          if (!(rule instanceof CSSStyleRule) || rule.style.display !== 'none') return false
          return rule.selectorText
            .split(',')
            .map((s) => s.trim())
            .filter((s) => s.endsWith('::-webkit-search-cancel-button'))
            .some((s) => input.matches(s.replace('::-webkit-search-cancel-button', '')))
        }),
      ),
    )
    expect(hidden).toBe(true)
    await page.getByText('清空').click()
    expect(await box.inputValue()).toBe('')
  })
})

test('a search link (?q=) runs the search on open', async () => {
  await journey(withQuery(SEARCH_ROUTE, { q: '低保' }), async ({ page }) => {
    await expectTexts(page, ['惠民政策', '城乡低保'])
  })
})

test('favourite a job, reload, find it in 我的', async () => {
  const job = firstRecord('jobs')
  if (!job) throw new Error(noRecordsMessage('jobs'))
  await journey(withQuery(detailRoute('jobs'), { id: job.id }), async ({ page }) => {
    await expectTexts(page, [job.title])
    await page.getByText('收藏', { exact: true }).first().click()
    await expectTexts(page, ['已收藏'])
    await goTo(page, MINE_ROUTE, ['我的收藏', job.title])
  })
})

// Taro's H5 build drops `role` from View, so tappable things are found by their component classes too.
const ELDER_SWITCH = '.sy-elder__row'
const TAPPABLE = [
  '[role="button"]',
  '[role="link"]',
  '[role="switch"]',
  'button',
  'a',
  '.sy-action',
  '.sy-chip',
  '.sy-filterbar__toggle',
  '.sy-filterbar__clear',
  '.sy-page__home',
  '.sy-elder__row',
  '.sy-grid__item',
  '.sy-hotline',
  '.sy-home__more',
  '.sy-home__row',
  '.sy-home__search',
  '.sy-home__self-check',
  '.sy-search__self-check',
  '.sy-search__chip',
  '.sy-search__hit',
  '.sy-search__more',
  '.sy-search__clear',
  '.sy-search-box__clear',
  '.sy-mine__remove',
  '.sy-mine__fav-link',
].join(', ')

interface Sizes {
  smallestText: number
  largestText: number
  smallestLineRatio: number
  smallTargets: string[]
  targets: number
}

/** Font sizes of every visible piece of text and the size of every tappable element on the page. */
function measure(page: Page, minTarget: number): Promise<Sizes> {
  return page.evaluate(
    ([min, tappable]: [number, string]) => {
      const root = document.querySelector('.sy-page') ?? document.body
      let smallestText = Infinity
      let largestText = 0
      let smallestLineRatio = Infinity
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.parentElement
        if (!el || !n.textContent?.trim()) continue
        const box = el.getBoundingClientRect()
        if (box.width === 0 || box.height === 0 || el.closest('[aria-hidden="true"]')) continue
        const style = getComputedStyle(el)
        const size = parseFloat(style.fontSize)
        smallestText = Math.min(smallestText, size)
        largestText = Math.max(largestText, size)
        const line = parseFloat(style.lineHeight)
        if (!Number.isNaN(line)) smallestLineRatio = Math.min(smallestLineRatio, line / size)
      }
      const smallTargets: string[] = []
      for (const el of Array.from(root.querySelectorAll(tappable))) {
        const box = el.getBoundingClientRect()
        if (box.width === 0 || box.height === 0) continue
        if (box.width < min - 0.5 || box.height < min - 0.5) {
          smallTargets.push(
            `${(el.textContent ?? '').trim().slice(0, 20)} ${Math.round(box.width)}×${Math.round(box.height)}`,
          )
        }
      }
      return {
        smallestText,
        largestText,
        smallestLineRatio,
        smallTargets,
        targets: root.querySelectorAll(tappable).length,
      }
    },
    [minTarget, TAPPABLE] as [number, string],
  )
}

test('长辈版: switched on at home, remembered, big text and targets on home and a detail page', async () => {
  const job = firstRecord('jobs')
  if (!job) throw new Error(noRecordsMessage('jobs'))
  await journey(HOME_ROUTE, async ({ page }) => {
    await expectTexts(page, ['长辈版', '已关闭'])
    const normal = await measure(page, 44)
    expect(normal.targets).toBeGreaterThan(5)
    expect(normal.smallTargets).toEqual([])

    await page.locator(ELDER_SWITCH).first().click()
    await expectTexts(page, ['已打开'])
    expect(await page.locator('.sy-page--elder').count()).toBe(1)
    const home = await measure(page, 60)
    expect(home.smallestText).toBeGreaterThanOrEqual(18)
    expect(home.largestText).toBeGreaterThanOrEqual(30)
    expect(home.smallestLineRatio).toBeGreaterThanOrEqual(1.3)
    expect(home.smallTargets).toEqual([])

    await goTo(page, withQuery(detailRoute('jobs'), { id: job.id }), [job.title])
    expect(await page.locator('.sy-page--elder').count()).toBe(1)
    const detail = await measure(page, 60)
    expect(detail.smallestText).toBeGreaterThanOrEqual(18)
    expect(detail.smallestLineRatio).toBeGreaterThanOrEqual(1.3)
    expect(detail.smallTargets).toEqual([])
  })
})

test('a shared detail link opened cold shows the record and a way home', async () => {
  const job = firstRecord('jobs')
  if (!job) throw new Error(noRecordsMessage('jobs'))
  await journey(withQuery(detailRoute('jobs'), { id: job.id }), async ({ page }) => {
    await expectTexts(page, [job.title, '回到首页'])
    await page.getByText('回到首页').first().click()
    await page.waitForURL((u) => u.hash === '' || u.hash === '#/' || u.hash.includes(HOME_ROUTE), { timeout: 10000 })
    await expectTexts(page, ['近期活动'])
  })
})

describe.each([
  ['standard', false],
  ['长辈版', true],
])('axe finds nothing serious (%s)', (_mode, elder) => {
  test.each([HOME_ROUTE, withQuery(SEARCH_ROUTE, { q: '梅花鹿' }), SEARCH_ROUTE, MINE_ROUTE])('%s', async (route) => {
    await journey(route, async ({ page }) => {
      if (elder) {
        // Switched on the way a user does it, then the page opened again: the setting is remembered.
        await goTo(page, HOME_ROUTE, ['长辈版'])
        await page.locator(ELDER_SWITCH).first().click()
        await expectTexts(page, ['已打开'])
        await goTo(page, route, [])
        await page.locator('.sy-page--elder').first().waitFor({ timeout: 10000 })
      }
      await page.locator('.sy-page').first().waitFor({ timeout: 10000 })
      expect(await seriousA11yViolations(page)).toEqual([])
    })
  })
})

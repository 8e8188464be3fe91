import type { Page } from 'playwright-core'
import { SEARCH_ROUTE, detailRoute } from '../support/routes'
import { expectTexts, h5Journeys } from '../support/browser'

const { journey } = h5Journeys()

async function type(page: Page, words: string): Promise<void> {
  const box = page.locator('.sy-search-box input')
  await box.waitFor({ timeout: 10000 })
  await box.fill(words)
}

test('梅花鹿 shows the festival first, its dates said to be unannounced', async () => {
  await journey(SEARCH_ROUTE, async ({ page }) => {
    await type(page, '梅花鹿')
    await expectTexts(page, ['最相关'])
    const top = page.locator('.sy-search__top .sy-search__hit-title')
    expect((await top.innerText()).replace(/\s+/g, '')).toBe('双阳梅花鹿节')
    // The summary names the festival, not its dates: no invented date is shown as fact.
    expect(await page.locator('.sy-search__top .sy-search__hit-facts').innerText()).toBe('日期待公布')
    const firstGroup = await page.locator('.sy-search__group-title').first().innerText()
    expect(firstGroup).toMatch(/^节庆活动/)
  })
})

test('梅花路节 offers the festival (你是不是要找…) and opens it', async () => {
  await journey(SEARCH_ROUTE, async ({ page }) => {
    await type(page, '梅花路节')
    await expectTexts(page, ['你是不是要找…'])
    const offer = page.locator('.sy-search__did-you-mean .sy-search__hit-title').first()
    expect((await offer.innerText()).replace(/\s+/g, '')).toBe('双阳梅花鹿节')
    await offer.click()
    await page.waitForURL((u) => u.hash.includes(detailRoute('events')) && u.hash.includes('meihualu-festival'), {
      timeout: 10000,
    })
  })
})

test('a hardship typed as a question (家里困难怎么办) puts 城乡低保 first, not 没有找到结果', async () => {
  await journey(SEARCH_ROUTE, async ({ page }) => {
    await type(page, '家里困难怎么办')
    await expectTexts(page, ['最相关'])
    const top = page.locator('.sy-search__top .sy-search__hit-title')
    expect((await top.innerText()).replace(/\s+/g, '')).toBe('城乡低保（最低生活保障）')
  })
})

import type { Page } from 'playwright-core'
import { detailRoute, listRoute, withQuery } from '../support/routes'
import { expectTexts, h5Journeys } from '../support/browser'

/*
 * H5: a list's filters and sort, the calendar's month and day and the tracker's part live in the address,
 * so a reload, the browser's back and a copied address keep them. Counts are hand-counted from the content at the pinned moment (2026-11-26).
 */
const { journey } = h5Journeys()

/** The address's query as key → value (decoded). */
function queryOf(page: Page): Record<string, string> {
  const query = new URL(page.url()).hash.split('?')[1] ?? ''
  return Object.fromEntries(new URLSearchParams(query))
}

async function waitForRoute(page: Page, route: string): Promise<void> {
  await page.waitForFunction((r) => window.location.hash.replace(/^#\/?/, '').split('?')[0] === r, route, {
    timeout: 10000,
  })
}

/** Chips are inside the folded filter bar of the page on show. */
async function openFilters(page: Page): Promise<void> {
  await page.locator('.sy-filterbar__toggle:visible').first().click()
}

async function chip(page: Page, text: string): Promise<void> {
  await page.locator('.sy-chip:visible', { hasText: text }).first().click()
}

test('jobs: a reload keeps the filters and the sort; the address carries them', async () => {
  // jobs.json: one open 公益岗位 in 太平镇.
  await journey(listRoute('jobs'), async ({ page }) => {
    await expectTexts(page, ['个岗位'])
    await openFilters(page)
    await chip(page, '太平镇')
    await chip(page, '公益岗位')
    await chip(page, '薪资从高到低')
    await expectTexts(page, ['共 1 个岗位', '太平镇 · 公益岗位'])
    expect(queryOf(page)).toEqual({ town: 'taiping', type: 'public-welfare', sort: 'pay' })

    await page.reload({ waitUntil: 'networkidle' })
    await expectTexts(page, ['共 1 个岗位', '太平镇 · 公益岗位'])
    await openFilters(page)
    expect(await page.locator('.sy-chip--on:visible', { hasText: '薪资从高到低' }).count()).toBe(1)
  })
})

test('jobs: back from a post opened after a reload returns to the filtered list', async () => {
  // Reloading the post drops the page kept in memory: the list must come back from its address.
  await journey(listRoute('jobs'), async ({ page }) => {
    await expectTexts(page, ['个岗位'])
    await openFilters(page)
    await chip(page, '太平镇')
    await chip(page, '公益岗位')
    await expectTexts(page, ['共 1 个岗位'])
    await page.locator('.sy-job:visible').first().click()
    await waitForRoute(page, detailRoute('jobs'))
    await expectTexts(page, ['岗位职责'])
    await page.reload({ waitUntil: 'networkidle' })
    await expectTexts(page, ['岗位职责'])

    await page.goBack()
    await waitForRoute(page, listRoute('jobs'))
    await expectTexts(page, ['共 1 个岗位', '太平镇 · 公益岗位'])
  })
})

test('a copied address opens the list as it was: attractions 自驾 · 只看免费', async () => {
  // attractions.json: one free 自驾 place (tuliu-road).
  let address = ''
  await journey(listRoute('attractions'), async ({ page }) => {
    await expectTexts(page, ['个景点'])
    await openFilters(page)
    await chip(page, '自驾')
    await chip(page, '只看免费')
    await expectTexts(page, ['共 1 个景点'])
    address = page.url()
  })
  expect(decodeURIComponent(address)).toContain('tag=自驾')
  const route = new URL(address).hash.replace(/^#\/?/, '')
  await journey(route, async ({ page }) => {
    await expectTexts(page, ['共 1 个景点', '自驾 · 免费'])
  })
})

test('policies: a reload keeps the category', async () => {
  // policies.json: 4 policies in 社会救助.
  await journey(listRoute('policies'), async ({ page }) => {
    await expectTexts(page, ['惠民政策'])
    await openFilters(page)
    await chip(page, '社会救助')
    await expectTexts(page, ['社会救助 4 项'])
    await page.reload({ waitUntil: 'networkidle' })
    await expectTexts(page, ['社会救助 4 项'])
  })
})

test('events: a reload keeps the month and the chosen day', async () => {
  // events.json: on 2026-12-19 one event is on, 冰雪季（示例）.
  await journey(listRoute('events'), async ({ page }) => {
    await expectTexts(page, ['即将开始'])
    await openFilters(page)
    await page.locator('.sy-cal__nav:visible', { hasText: '下个月' }).click()
    await expectTexts(page, ['2026年12月'])
    await page.locator('.sy-cal__day[aria-label^="12月19日"]:visible').click()
    await expectTexts(page, ['12月19日的活动', '冰雪季（示例）'])
    expect(queryOf(page)).toEqual({ month: '2026-12', day: '19' })
    await page.reload({ waitUntil: 'networkidle' })
    await expectTexts(page, ['12月19日的活动', '冰雪季（示例）', '12月19日 1 场活动'])
  })
})

test('livelihood: a reload keeps the part chosen (the demo plan) and its filter', async () => {
  await journey(listRoute('livelihood'), async ({ page }) => {
    await expectTexts(page, ['2022年工作总结怎么说'])
    await page.locator('.sy-tracker__view:visible', { hasText: '演示计划（虚构）' }).click()
    await openFilters(page)
    await chip(page, '医疗卫生')
    await expectTexts(page, ['找到 1 项', '示例村卫生室标准化建设'])
    await page.reload({ waitUntil: 'networkidle' })
    await expectTexts(page, ['找到 1 项', '示例村卫生室标准化建设'])
    expect(await page.locator('.sy-tracker__view--on:visible').innerText()).toContain('演示计划')
  })
})

/** Waits until the address carries no query: the page wrote its plain state back. */
async function addressCleaned(page: Page): Promise<void> {
  await page.waitForFunction(() => !window.location.hash.includes('?'), undefined, { timeout: 10000 })
}

test('odd values in the address fall back to the plain list, calmly, and leave the address', async () => {
  const jobs = withQuery(listRoute('jobs'), { town: 'atlantis', type: '%E0%A4%A', sort: 'random', pay: '1e308' })
  await journey(jobs, async ({ page }) => {
    const text = await expectTexts(page, ['个岗位'])
    expect(text).not.toContain('atlantis')
    expect(text).not.toMatch(/undefined|NaN|Error/)
    expect(await page.locator('.sy-filterbar__current:visible').innerText()).toBe('全部')
    await addressCleaned(page)
    await openFilters(page)
    expect(await page.locator('.sy-chip--on:visible', { hasText: '最新发布' }).count()).toBe(1)
  })
  const events = withQuery(listRoute('events'), { month: '2026-13', day: '99' })
  await journey(events, async ({ page }) => {
    await expectTexts(page, ['即将开始', '近期全部'])
    await addressCleaned(page)
  })
  const tracker = withQuery(listRoute('livelihood'), { view: 'nonsense', status: 'x' })
  await journey(tracker, async ({ page }) => {
    await expectTexts(page, ['2022年工作总结怎么说'])
    await addressCleaned(page)
  })
})

import { embeddedPack } from '@/content/index'
import { listJobs } from '@/domain/jobs'
import { HOME_ROUTE, NOT_FOUND_TEXT, ROUTE_TEXT, detailRoute, listRoute, withQuery } from '../support/routes'
import { expectTexts, h5Journeys } from '../support/browser'
import { PINNED_NOW } from '../support/clock'

// H5 has no WeChat bar: the app draws its own title bar with a back control.
const { journey } = h5Journeys()

const titleBar = '.sy-titlebar'
const titleText = `${titleBar}:visible .sy-titlebar__title`
const backControl = `${titleBar}:visible .sy-titlebar__back`

/** How far the page on show is scrolled (Taro H5 scrolls each page in its own container). */
function shownPageScroll(): number {
  const bar = Array.from(document.querySelectorAll<HTMLElement>('.sy-titlebar')).find((b) => b.offsetParent !== null)
  return bar?.closest('.taro_page')?.scrollTop ?? window.scrollY
}

test('a record opened from a list: its title in the title bar and the browser tab, back to the same list position', async () => {
  const jobs = listJobs(embeddedPack.jobs, {}, PINNED_NOW)
  // A post far enough down that the list has to scroll to reach it.
  const job = jobs[Math.min(6, jobs.length - 1)]!
  await journey(listRoute('jobs'), async ({ page }) => {
    await expectTexts(page, [job.title])
    expect(await page.locator(titleText).innerText()).toBe('就业岗位')
    expect(await page.title()).toBe('就业岗位')
    const card = page.locator('.sy-job', { hasText: job.title }).first()
    await card.scrollIntoViewIfNeeded()
    const scrolled = await page.evaluate(shownPageScroll)
    expect(scrolled).toBeGreaterThan(200)
    await card.click()
    await page.waitForURL((u) => u.hash.includes(detailRoute('jobs')), { timeout: 10000 })
    await page.waitForFunction((t) => document.title === t, job.title, { timeout: 10000 })
    expect(await page.locator(titleText).innerText()).toBe(job.title)
    expect(await page.locator(backControl).innerText()).toContain('返回')

    await page.locator(backControl).click()
    await page.waitForURL((u) => u.hash.includes(listRoute('jobs')), { timeout: 10000 })
    await page.waitForFunction(() => document.title === '就业岗位', undefined, { timeout: 10000 })
    const back = await page.evaluate(shownPageScroll)
    expect(Math.abs(back - scrolled)).toBeLessThanOrEqual(4)
    expect(await page.locator('.sy-job', { hasText: job.title }).first().isVisible()).toBe(true)
  })
})

test('a detail opened cold: the back control says 回到首页 and goes home', async () => {
  const event = embeddedPack.events[0]!
  await journey(withQuery(detailRoute('events'), { id: event.id }), async ({ page }) => {
    await expectTexts(page, [event.title])
    expect(await page.title()).toBe(event.title)
    expect(await page.locator(titleText).innerText()).toBe(event.title)
    const back = page.locator(backControl)
    expect(await back.innerText()).toContain('回到首页')
    await back.click()
    await page.waitForURL((u) => u.hash === '' || u.hash === '#/' || u.hash.includes(HOME_ROUTE), { timeout: 10000 })
    await expectTexts(page, ROUTE_TEXT[HOME_ROUTE] ?? [])
  })
})

test('every detail page titles the browser tab with its record', async () => {
  const cases = [
    ['livelihood', embeddedPack.livelihood[0]!.id, embeddedPack.livelihood[0]!.title],
    ['policies', embeddedPack.policies[0]!.id, embeddedPack.policies[0]!.title],
    ['attractions', embeddedPack.attractions[0]!.id, embeddedPack.attractions[0]!.name],
    ['jobs', embeddedPack.jobs[0]!.id, embeddedPack.jobs[0]!.title],
  ] as const
  for (const [domain, id, title] of cases) {
    await journey(withQuery(detailRoute(domain), { id }), async ({ page }) => {
      await expectTexts(page, [title])
      await page.waitForFunction((t) => document.title === t, title, { timeout: 10000 })
      expect(await page.locator(titleText).innerText()).toBe(title)
    })
  }
})

test('an unknown route shows 未找到 with a way home', async () => {
  await journey('pages/doesnotexist/index', async ({ page }) => {
    await expectTexts(page, NOT_FOUND_TEXT)
    expect(await page.title()).toBe('未找到')
    await page.getByText('回到首页').first().click()
    await page.waitForURL((u) => u.hash === '' || u.hash === '#/' || u.hash.includes(HOME_ROUTE), { timeout: 10000 })
    await expectTexts(page, ROUTE_TEXT[HOME_ROUTE] ?? [])
  })
})

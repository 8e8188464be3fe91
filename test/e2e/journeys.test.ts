import {
  DOMAINS,
  HOME_ROUTE,
  NOT_FOUND_TEXT,
  ROUTE_TEXT,
  SEARCH_ROUTE,
  UNKNOWN_ID,
  detailRoute,
  firstRecord,
  listRoute,
  noRecordsMessage,
  withQuery,
} from '../support/routes'
import { expectTexts, h5Journeys } from '../support/browser'

// Journeys a user takes in the H5 build, each asserting what they see.
const { journey } = h5Journeys()

test('opens home', async () => {
  await journey(HOME_ROUTE, async ({ page }) => {
    await expectTexts(page, ROUTE_TEXT[HOME_ROUTE] ?? [])
  })
})

test.each(DOMAINS)('opens the %s list and one of its records', async (domain) => {
  const first = firstRecord(domain)
  if (!first) throw new Error(noRecordsMessage(domain))
  await journey(listRoute(domain), async ({ page }) => {
    await expectTexts(page, [first.title])
    await page.getByText(first.title, { exact: false }).first().click()
    await page.waitForURL((u) => u.hash.includes(detailRoute(domain)), { timeout: 10000 })
    expect(decodeURIComponent(page.url())).toContain(`id=${first.id}`)
    await expectTexts(page, [first.title])
  })
})

test.each(DOMAINS)('opens a %s detail cold, as from a shared link', async (domain) => {
  const first = firstRecord(domain)
  if (!first) throw new Error(noRecordsMessage(domain))
  await journey(withQuery(detailRoute(domain), { id: first.id }), async ({ page }) => {
    const text = await expectTexts(page, [first.title])
    expect(text).not.toContain('未找到')
  })
})

test('an unknown id says 未找到 and 回到首页 goes home', async () => {
  await journey(withQuery(detailRoute('jobs'), { id: UNKNOWN_ID }), async ({ page }) => {
    await expectTexts(page, NOT_FOUND_TEXT)
    await page.getByText('回到首页').first().click()
    await page.waitForURL((u) => u.hash === '' || u.hash === '#/' || u.hash.includes(HOME_ROUTE), { timeout: 10000 })
    await expectTexts(page, ROUTE_TEXT[HOME_ROUTE] ?? [])
  })
})

test('search from the URL shows the query', async () => {
  const q = '梅花鹿'
  await journey(withQuery(SEARCH_ROUTE, { q }), async ({ page }) => {
    // The words may be shown as text or kept in the search box: either is what the user sees.
    await page
      .waitForFunction(
        (want: string) =>
          document.body.innerText.includes(want) ||
          Array.from(document.querySelectorAll('input')).some((i) => i.value.includes(want)),
        q,
        { timeout: 10000 },
      )
      .catch(async () => {
        throw new Error(`search page does not show ${q}:\n${await page.evaluate(() => document.body.innerText)}`)
      })
  })
})

import type { BrowserContext, Page, Route } from 'playwright-core'
import { PHONE, expectTexts, h5Url, startH5, type H5Session } from '../support/browser'
import { pinnedDateScript } from '../support/clock'
import { detailRoute } from '../support/routes'

/*
 * A detail page's whole record is a chunk of its own (one part of its domain's records, src/domain/parts.ts),
 * fetched when the page opens. Here its request is held, then failed, in Chromium. Texts written by hand from
 * src/content/policies.json: a policy and words found only in its whole record.
 */
const POLICY = { id: 'dibao', title: '城乡低保（最低生活保障）', bring: '全家人的身份证和户口簿。' }
const ROUTE = `${detailRoute('policies')}?id=${POLICY.id}`
const WHOLE_PART = /\/js\/digest-whole-policies-\d+(-json)?\.[0-9a-f]{8}\.js$/

let session: H5Session

beforeAll(async () => {
  session = await startH5()
})

afterAll(async () => {
  await session?.close()
})

/** A phone whose requests for the policies' whole parts go to `onPart`; the page is opened, not waited for. */
async function open(onPart: (route: Route) => void): Promise<{ context: BrowserContext; page: Page; parts: string[] }> {
  const context = await session.browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true, locale: 'zh-CN' })
  const parts: string[] = []
  await context.route(WHOLE_PART, (route) => {
    parts.push(new URL(route.request().url()).pathname)
    onPart(route)
  })
  await context.addInitScript({ content: pinnedDateScript() })
  const page = await context.newPage()
  await page.goto(h5Url(session.server.origin, ROUTE), { waitUntil: 'domcontentloaded' })
  return { context, page, parts }
}

test('a cold detail page says its details are on their way, then shows them from one part', async () => {
  const held: Route[] = []
  const { context, page, parts } = await open((route) => held.push(route))
  try {
    await expectTexts(page, ['正在载入详细内容…', POLICY.title])
    expect(await page.getByText(POLICY.bring).count()).toBe(0)
    expect(parts).toHaveLength(1)
    for (const route of held.splice(0)) await route.continue()
    await expectTexts(page, [POLICY.bring, '谁能申请', '要带什么'])
    expect(await page.getByText('正在载入').count()).toBe(0)
    expect(parts).toHaveLength(1)
  } finally {
    await context.close()
  }
})

test('a part that cannot be fetched: 暂时没能载入 with 重试, and 重试 fetches it again', async () => {
  let offline = true
  const { context, page, parts } = await open((route) => void (offline ? route.abort('failed') : route.continue()))
  try {
    await expectTexts(page, ['详细内容暂时没能载入，可能是网络不好。', '重试', '着急的话，拨打政务服务便民热线'])
    expect(await page.getByText('未找到').count()).toBe(0)
    offline = false
    await page.getByText('重试', { exact: true }).click()
    await expectTexts(page, [POLICY.bring, '谁能申请'])
    expect(parts.length).toBeGreaterThanOrEqual(2)
  } finally {
    await context.close()
  }
})

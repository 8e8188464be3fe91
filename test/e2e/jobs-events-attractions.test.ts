import { embeddedPack } from '@/content/index'
import { listJobs } from '@/domain/jobs'
import { detailRoute, listRoute } from '../support/routes'
import { expectTexts, seriousA11yViolations, h5Journeys, type OpenedRoute } from '../support/browser'
import { PINNED_NOW } from '../support/clock'

// H5 journeys through jobs, festivals and attractions, with the real clock;
// expectations come from the domain functions at the same moment.
const { journey } = h5Journeys()

async function expectAxeClean(opened: OpenedRoute): Promise<void> {
  expect(await seriousA11yViolations(opened.page)).toEqual([])
}

test('filter jobs and open one', async () => {
  await journey(listRoute('jobs'), async (opened) => {
    const { page } = opened
    const open = listJobs(embeddedPack.jobs, {}, PINNED_NOW)
    await expectTexts(page, [`共 ${open.length} 个岗位`, open[0]!.title])
    await expectAxeClean(opened)

    // Results first: the filters are one folded bar above the posts; one tap opens them.
    expect(await page.locator('.sy-chip', { hasText: '扶贫岗位' }).count()).toBe(0)
    await page.locator('.sy-filterbar__toggle').click()
    await expectAxeClean(opened)
    await page.locator('.sy-chip', { hasText: '扶贫岗位' }).click()
    const relief = listJobs(embeddedPack.jobs, { type: 'poverty-relief' }, PINNED_NOW)
    await page.locator('.sy-chip', { hasText: '全职' }).click()
    const both = listJobs(embeddedPack.jobs, { type: 'poverty-relief', schedule: 'full-time' }, PINNED_NOW)
    expect(both.length).toBeLessThan(relief.length)
    await expectTexts(page, [`共 ${both.length} 个岗位`, '扶贫岗位 · 全职'])
    expect(await page.locator('.sy-job').count()).toBe(both.length)

    const job = both[0]!
    await page.locator('.sy-job', { hasText: job.title }).first().click()
    await page.waitForURL((u) => u.hash.includes(detailRoute('jobs')), { timeout: 10000 })
    expect(decodeURIComponent(page.url())).toContain(`id=${job.id}`)
    await expectTexts(page, [job.title, '岗位职责', job.duties[0]!, '任职要求', '示例号码', '截止日期'])
    // How to apply, written from jobs.json by hand for a 扶贫岗位 post, and 12333 one tap away.
    await expectTexts(page, [
      '怎么报名',
      '1. 先到户籍所在村（社区）委员会报名，说清想干哪个岗位。',
      '身份证、户口簿、本人银行卡或社保卡',
      '拨打人社服务热线',
      '找工作的帮扶政策',
    ])
    // A fictional demo number never gets a call button.
    expect(await page.getByText('拨打电话').count()).toBe(0)
    await expectAxeClean(opened)
  })
})

test('open an upcoming event and download its .ics; a real festival without announced dates offers none', async () => {
  const festival = embeddedPack.events.find((e) => e.id === 'horse-show-week')!
  await journey(listRoute('events'), async (opened) => {
    const { page } = opened
    await expectTexts(page, [festival.title, '即将开始'])
    // 梅花鹿节: the summary names it but not its dates, so its card says so instead of a countdown.
    const deer = page.locator('.sy-event-card', { hasText: '双阳梅花鹿节' }).first()
    expect((await deer.innerText()).replace(/\s+/g, '')).toContain('日期待公布举办日期以当年公布为准')
    await expectAxeClean(opened)
    await page.locator('.sy-event-card', { hasText: festival.title }).first().click()
    await page.waitForURL((u) => u.hash.includes(detailRoute('events')), { timeout: 10000 })
    await expectTexts(page, [festival.title, '即将开始', '下一届', '添加到日历'])
    await expectAxeClean(opened)

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByText('添加到日历').click()])
    expect(download.suggestedFilename()).toMatch(/^马术表演周（示例）\d{4}\.ics$/)
    const stream = await download.createReadStream()
    const chunks: Buffer[] = []
    for await (const chunk of stream) chunks.push(chunk as Buffer)
    const ics = Buffer.concat(chunks).toString('utf8')
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true)
    expect(ics).toContain('TZID=Asia/Shanghai')
    expect(ics).toMatch(/DTSTART;TZID=Asia\/Shanghai:\d{4}0710T140000/)
    expect(ics.replace(/\r\n /g, '')).toContain(`SUMMARY:${festival.title}`)
    expect(ics.trimEnd().endsWith('END:VCALENDAR')).toBe(true)
  })
})

test('open an attraction and see whether it is open now', async () => {
  const place = embeddedPack.attractions.find((a) => a.id === 'snow-park')!
  await journey(listRoute('attractions'), async (opened) => {
    const { page } = opened
    // Its day season starts 12-01: on 2026-11-26 it is closed.
    await expectTexts(page, [place.name, '已闭园'])
    await expectAxeClean(opened)
    await page.locator('.sy-filterbar__toggle').click()
    await page.locator('.sy-chip', { hasText: '只看免费' }).click()
    await page.waitForFunction((name) => !document.body.innerText.includes(name), place.name)
    await page.locator('.sy-chip', { hasText: '只看免费' }).click()
    await page.locator('.sy-attraction-card', { hasText: place.name }).first().click()
    await page.waitForURL((u) => u.hash.includes(detailRoute('attractions')), { timeout: 10000 })
    await expectTexts(page, [place.name, '已闭园', '开放时间', '在这里举办的活动', '冰雪季（示例）'])
    await expectAxeClean(opened)
  })
})

test('a job detail: a linked policy with only its title is a one-line card (no empty second line)', async () => {
  await journey(`${detailRoute('jobs')}?id=sheling-delivery-driver`, async ({ page }) => {
    await expectTexts(page, ['找工作的帮扶政策'])
    const heights = await page.$$eval('.sy-job-detail__link', (els) =>
      els.filter((e) => e.children.length === 1).map((e) => e.getBoundingClientRect().height),
    )
    expect(heights.length).toBeGreaterThan(0)
    // One line of 17 px text with its padding fits the 48 px tap height; the old card was 68 px.
    for (const h of heights) expect(h).toBeLessThanOrEqual(52)
  })
})

test('a detail page’s actions are buttons: named, reached with Tab, pressed with Enter', async () => {
  await journey(`${detailRoute('jobs')}?id=shanhe-food-packer`, async ({ page }) => {
    await expectTexts(page, ['朗读全文', '收藏'])
    // Every action of the page is a button to a screen reader, with its words as its name.
    const actions = page.locator('.sy-action')
    const count = await actions.count()
    expect(count).toBeGreaterThan(3)
    for (let i = 0; i < count; i += 1) {
      const action = actions.nth(i)
      expect(await action.getAttribute('role')).toBe('button')
      expect(await action.getAttribute('tabindex')).toBe('0')
    }
    for (const name of ['朗读全文', '收藏', '拨打人社服务热线'])
      expect(await page.getByRole('button', { name: new RegExp(`^${name}`) }).count()).toBeGreaterThan(0)
    // From the keyboard: focus 收藏 and press Enter.
    await page.getByRole('button', { name: /^收藏/ }).focus()
    await page.keyboard.press('Enter')
    await expectTexts(page, ['已收藏，可在“我的”里找到'])
  })
})

import { embeddedPack } from '@/content/index'
import { jobTypeLabel } from '@/domain/jobs'
import { detailRoute, listRoute } from '../support/routes'
import { openPage, type PageMetrics, type TreeNode, type WeappApp, type WeappPage } from './harness'
import { PINNED_NOW } from '../support/clock'

// The weapp build runs at the pinned moment (2026-11-26 10:00 Beijing); counts and titles below were written by
// hand from the content at that moment: 37 job posts, 31 still open, 6 of them 公益岗位; 12 places, 1 free.
const FIRST_RENDER_BUDGET = 64 * 1024
const { jobs, events, attractions } = embeddedPack
const metrics: PageMetrics[] = []

afterAll(() => {
  if (metrics.length === 0) return
  const rows = metrics.map(
    (m) =>
      `${m.route.padEnd(40)} first ${String(m.firstRenderBytes).padStart(6)} B, settle ${String(m.settleBytes).padStart(6)} B, ${m.nodeCount} nodes`,
  )
  process.stdout.write(`\njobs/events/attractions setData:\n${rows.join('\n')}\n`)
})

async function withPage(
  route: string,
  query: Record<string, string>,
  steps: (page: WeappPage, app: WeappApp) => Promise<void>,
) {
  const { app, page } = await openPage(route, query)
  try {
    app.assertClean(route)
    metrics.push(page.metrics)
    expect(page.metrics.firstRenderBytes).toBeLessThanOrEqual(FIRST_RENDER_BUDGET)
    await steps(page, app)
    app.assertClean(`${route} after steps`)
  } finally {
    app.close()
  }
}

function countLine(text: string): string {
  return /共 \d+ 个岗位/.exec(text)?.[0] ?? ''
}

test('jobs list shows open posts newest first, and a type chip narrows it', async () => {
  await withPage(listRoute('jobs'), {}, async (page, app) => {
    expect(page.text).toContain('共 31 个岗位')
    expect(page.text).toContain('课后托管老师助理')
    expect(page.text).toMatch(/今天发布|\d+天前发布|昨天发布/)
    await page.tap('展开')
    await page.tap(jobTypeLabel('public-welfare'))
    expect(countLine(page.text)).toBe('共 6 个岗位')
    expect(page.text).not.toContain('课后托管老师助理')
    // The bar names the choice and clears it in one tap; then the choice is undone and the list whole again.
    await page.tap('清除筛选')
    expect(countLine(page.text)).toBe('共 31 个岗位')
    expect(page.text).not.toContain('清除筛选')
    await page.tap(jobTypeLabel('public-welfare'))
    // The newest 公益岗位 post comes first.
    await page.tap('养老护理助理（公益岗位）')
    expect(JSON.stringify(app.navigations().at(-1)?.args)).toContain(
      `${detailRoute('jobs')}?id=yunshan-elderly-care-assistant`,
    )
  })
})

test('showing expired posts marks them 已截止 and stays under the node budget', async () => {
  await withPage(listRoute('jobs'), {}, async (page) => {
    await page.tap('展开')
    await page.tap('显示已截止')
    expect(countLine(page.text)).toBe('共 37 个岗位')
    expect(page.text).toContain('已截止')
    expect(page.nodeCount).toBeLessThan(1000)
  })
})

test('a chosen filter, then 看结果: the choices fold away and the posts show, still filtered', async () => {
  await withPage(listRoute('jobs'), {}, async (page) => {
    await page.tap('展开')
    // src/content/jobs.json: 4 open posts in 鹿乡镇 on the pinned day.
    await page.tap('鹿乡镇 4')
    expect(page.text).toContain('岗位类型')
    await page.tap('看结果')
    expect(page.text).not.toContain('岗位类型')
    expect(page.text).toContain('展开')
    expect(countLine(page.text)).toBe('共 4 个岗位')
  })
})

test('job detail shows the post; its demo number reads 示例号码 and has no call button', async () => {
  const job = jobs.find((j) => j.id === 'luxiang-deer-keeper')!
  // Every job in the demo pack has a fictional 0431-0000xxxx number.
  expect(job.contact.phone).toMatch(/^0431-0000\d{3,4}$/)
  await withPage(detailRoute('jobs'), { id: job.id }, async (page, app) => {
    for (const t of [job.title, '岗位职责', job.duties[0]!, '任职要求', job.employer, '截止日期', '示例号码'])
      expect(page.text).toContain(t)
    expect(page.text).toContain(`${job.contact.name} 示例号码`)
    for (const t of ['拨打电话', '复制联系方式', job.contact.phone]) expect(page.text).not.toContain(t)
    await expect(page.tap('示例号码')).rejects.toThrow(/not inside anything that listens for taps/)
    expect(app.calls.filter((c) => c.api === 'makePhoneCall' || c.api === 'setClipboardData')).toEqual([])
    await page.tap('在地图中查看')
    expect(app.calls.find((c) => c.api === 'openLocation')?.args[0]).toMatchObject({
      latitude: job.location!.lat,
      longitude: job.location!.lng,
    })
  })
})

test('events list shows the month calendar and statuses; next month moves the calendar', async () => {
  await withPage(listRoute('events'), {}, async (page) => {
    const now = new Date(PINNED_NOW + 8 * 3600e3)
    expect(page.text).toMatch(/即将开始|进行中/)
    expect(page.text).toMatch(/还有\d+天|还剩\d+天/)
    // Results first: the calendar is folded into the 日期 bar until asked for.
    expect(page.text).toContain('近期全部')
    expect(page.text).not.toContain('下个月')
    await page.tap('近期全部')
    expect(page.text).toContain(`${now.getUTCFullYear()}年${now.getUTCMonth() + 1}月`)
    await page.tap('下个月')
    const next = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1))
    expect(page.text).toContain(`${next.getUTCFullYear()}年${next.getUTCMonth() + 1}月`)
  })
})

test('the events list counts the festivals whose dates are still to come (日期待公布) with the cards it shows', async () => {
  await withPage(listRoute('events'), {}, async (page) => {
    expect(page.text).toContain('日期待公布')
    const head = /共 (\d+) 场未结束的活动/.exec(page.text)
    let cards = 0
    const walk = (node: TreeNode): void => {
      if (typeof node.cl === 'string' && node.cl.split(/\s+/).includes('sy-event-card')) cards++
      for (const c of node.cn ?? []) walk(c)
    }
    walk(page.root)
    // Today's content has fewer events to come than a list step (20): every one of them is drawn.
    expect(cards).toBeLessThan(20)
    expect(Number(head?.[1])).toBe(cards)
  })
})

test('a real festival whose dates nobody has announced: no dates, countdown or calendar entry', async () => {
  await withPage(detailRoute('events'), { id: 'meihualu-festival' }, async (page, app) => {
    // Only what the summary says; dates, place and programme are left to the year's announcement.
    for (const t of ['双阳梅花鹿节', '日期待公布', '举办日期以当年公布为准，可拨打 12345 咨询', '地点以当年公布为准'])
      expect(page.text).toContain(t)
    expect(page.text).toContain('《双阳区2022年工作总结》原文')
    for (const t of ['添加到日历', '下一届', '还有', '每年举办', '2027年8月']) expect(page.text).not.toContain(t)
    expect(app.calls.filter((c) => c.api === 'addPhoneCalendar')).toEqual([])
  })
})

test('an annual sample event shows its next run, and 添加到日历 calls wx.addPhoneCalendar in seconds', async () => {
  const festival = events.find((e) => e.id === 'horse-show-week')!
  await withPage(detailRoute('events'), { id: festival.id }, async (page, app) => {
    expect(page.text).toContain(festival.title)
    // An annual event always has a countdown: on 2026-11-26 the next run starts 2027-07-10, 226 days on.
    expect(page.text).toContain('还有226天')
    await page.tap('添加到日历')
    const call = app.calls.find((c) => c.api === 'addPhoneCalendar')
    expect(call).toBeDefined()
    const options = call!.args[0] as { startTime: unknown; endTime: unknown; title: string }
    expect(options.title).toBe(festival.title)
    // 2027-07-10 14:00 to 2027-07-12 17:30, Beijing time, in seconds.
    expect(options.startTime).toBe(Date.parse('2027-07-10T14:00:00+08:00') / 1000)
    expect(options.endTime).toBe(Date.parse('2027-07-12T17:30:00+08:00') / 1000)
    expect(String(options.startTime)).toHaveLength(10)
  })
})

test('attractions list shows open/closed now, and 只看免费 filters it', async () => {
  const paid = attractions.find((a) => !a.free)!
  await withPage(listRoute('attractions'), {}, async (page) => {
    expect(page.text).toContain('共 11 个景点')
    expect(page.text).toContain(paid.name)
    // 鹿峰旅游度假区, a real place: we publish no hours for it.
    expect(page.text).toContain('开放时间以现场公布为准')
    expect(page.text).toContain('票价以现场公布为准')
    await page.tap('展开')
    await page.tap('只看免费')
    expect(page.text).toContain('共 1 个景点')
    expect(page.text).not.toContain(paid.name)
  })
})

test('attraction detail shows hours, tickets, season and the events held there', async () => {
  const place = attractions.find((a) => a.id === 'snow-park')!
  await withPage(detailRoute('attractions'), { id: place.id }, async (page, app) => {
    for (const t of [
      place.name,
      '开放时间',
      place.hours![0]!.label,
      place.price,
      place.bestSeason,
      '在这里举办的活动',
      '冰雪季（示例）',
    ]) {
      expect(page.text).toContain(t)
    }
    // Its day season starts 12-01: on 2026-11-26 it is closed.
    expect(page.text).toContain('已闭园')
    await page.tap('冰雪季（示例）')
    expect(JSON.stringify(app.navigations().at(-1)?.args)).toContain(`${detailRoute('events')}?id=ice-snow-season`)
  })
})

test('a real place without published hours says 以现场公布为准 and offers no number of ours', async () => {
  await withPage(detailRoute('attractions'), { id: 'lufeng-resort' }, async (page) => {
    for (const t of ['鹿峰旅游度假区', '开放时间以现场公布为准', '以现场公布为准，可拨打 12345 咨询'])
      expect(page.text).toContain(t)
    expect(page.text).not.toContain('拨打电话')
  })
})

test.each(['jobs', 'events', 'attractions'] as const)('%s detail with an odd id says 未找到', async (domain) => {
  await withPage(detailRoute(domain), { id: '%E0%A4%A' }, async (page) => {
    expect(page.text).toContain('未找到')
  })
})

test('a real place whose position is only an example: no map pin, 12345 instead; a fictional place keeps its map', async () => {
  await withPage(detailRoute('attractions'), { id: 'lufeng-resort' }, async (page, app) => {
    expect(page.text).toContain('具体位置以现场公布为准，可拨打 12345 咨询')
    expect(page.text).not.toContain('在地图中查看')
    await expect(page.tap('具体位置以现场公布为准')).rejects.toThrow(/not inside anything that listens for taps/)
    expect(app.calls.filter((c) => c.api === 'openLocation')).toEqual([])
  })
  await withPage(detailRoute('attractions'), { id: 'snow-park' }, async (page, app) => {
    // Its position is as made up as the place: the button says so.
    expect(page.text).toContain('在地图中查看（示例位置）')
    await page.tap('在地图中查看')
    expect(app.calls.filter((c) => c.api === 'openLocation')).toHaveLength(1)
  })
})

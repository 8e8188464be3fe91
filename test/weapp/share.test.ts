import { detailRoute, DOMAINS, HOME_ROUTE, listRoute, MINE_ROUTE, SEARCH_ROUTE } from '../support/routes'
import { openPage, type WeappApp, type WeappPage } from './harness'

/*
 * What WeChat gets when someone taps 转发 (onShareAppMessage) or 分享到朋友圈
 * (onShareTimeline). A list shares the filters in use, and the shared link
 * opens the list with them; moments only get content (detail) pages.
 */

interface Shared {
  title: string
  path: string
}

async function withPage(
  route: string,
  query: Record<string, string>,
  steps: (page: WeappPage, app: WeappApp) => Promise<void>,
) {
  const { app, page } = await openPage(route, query)
  try {
    app.assertClean(route)
    await steps(page, app)
    app.assertClean(`${route} after steps`)
  } finally {
    app.close()
  }
}

function shareOf(page: WeappPage): Shared {
  const handler = page.instance.onShareAppMessage
  if (typeof handler !== 'function') throw new Error(`${page.route} has no onShareAppMessage`)
  return (handler as (o: unknown) => Shared).call(page.instance, { from: 'menu' })
}

/** A shared path's query, as WeChat hands it to the opened page (values still URL-encoded). */
function queryOf(path: string): Record<string, string> {
  const query = path.split('?')[1] ?? ''
  return Object.fromEntries(
    query
      .split('&')
      .filter(Boolean)
      .map((p) => p.split('=') as [string, string]),
  )
}

describe('which pages share where', () => {
  it.each([HOME_ROUTE, SEARCH_ROUTE, MINE_ROUTE, ...DOMAINS.map(listRoute)])(
    '%s: to chats, not to moments',
    async (route) => {
      await withPage(route, {}, async (page) => {
        expect(typeof page.instance.onShareAppMessage).toBe('function')
        expect(page.instance.onShareTimeline).toBeUndefined()
      })
    },
  )

  it.each([
    ['events', 'meihualu-festival'],
    ['policies', 'dibao'],
  ] as const)('%s detail: to chats and to moments, with its id', async (domain, id) => {
    await withPage(detailRoute(domain), { id }, async (page) => {
      expect(shareOf(page).path).toBe(`/${detailRoute(domain)}?id=${id}`)
      const timeline = (page.instance.onShareTimeline as () => { query: string }).call(page.instance)
      expect(timeline.query).toBe(`id=${id}`)
    })
  })

  it('我的 shares home', async () => {
    await withPage(MINE_ROUTE, {}, async (page) => {
      expect(shareOf(page)).toEqual({
        title: '智慧双阳：民生实事、岗位、活动、景点、政策一处查',
        path: '/pages/index/index',
      })
    })
  })
})

describe('a list shares its filters, and the link opens the list with them', () => {
  it('jobs: 太平镇 公益岗位', async () => {
    // jobs.json: one public-welfare post in 太平镇 is open on 2026-11-26.
    let shared: Shared | undefined
    await withPage(listRoute('jobs'), {}, async (page) => {
      expect(shareOf(page)).toEqual({ title: '就业岗位', path: '/packages/jobs/pages/list/index' })
      await page.tap('展开')
      await page.tap('太平镇')
      await page.tap('公益岗位')
      expect(page.text).toContain('共 1 个岗位')
      shared = shareOf(page)
    })
    expect(shared).toEqual({
      title: '就业岗位：太平镇 · 公益岗位',
      path: '/packages/jobs/pages/list/index?town=taiping&type=public-welfare',
    })
    await withPage(listRoute('jobs'), queryOf(shared!.path), async (page) => {
      expect(page.text).toContain('共 1 个岗位')
      expect(shareOf(page)).toEqual(shared)
    })
  })

  it('jobs: pay band, schedule and expired posts too; odd values are dropped', async () => {
    await withPage(
      listRoute('jobs'),
      { schedule: 'part-time', expired: '1', pay: 'nonsense', town: 'atlantis' },
      async (page) => {
        // jobs.json has 11 part-time posts, expired ones included.
        expect(page.text).toContain('共 11 个岗位')
        expect(shareOf(page).path).toBe('/packages/jobs/pages/list/index?schedule=part-time&expired=1')
      },
    )
  })

  it('jobs: the order (薪资从高到低) travels in the link too, and the link opens the list in that order', async () => {
    const note = '按月薪比较：日薪按每月22天'
    let shared: Shared | undefined
    await withPage(listRoute('jobs'), {}, async (page) => {
      expect(page.text).not.toContain(note)
      await page.tap('薪资从高到低')
      expect(page.text).toContain(note)
      shared = shareOf(page)
    })
    expect(shared).toEqual({ title: '就业岗位', path: '/packages/jobs/pages/list/index?sort=pay' })
    await withPage(listRoute('jobs'), queryOf(shared!.path), async (page) => {
      expect(page.text).toContain(note)
      expect(shareOf(page)).toEqual(shared)
    })
    // An order no chip offers is the usual one, newest first, and is left out of the link.
    await withPage(listRoute('jobs'), { sort: 'random' }, async (page) => {
      expect(page.text).not.toContain(note)
      expect(shareOf(page).path).toBe('/packages/jobs/pages/list/index')
    })
  })

  // Hand-counted from livelihood.json: the demo plan holds one 医疗卫生 project and one done 教育 project.
  it('livelihood: a category of the demo plan', async () => {
    let shared: Shared | undefined
    await withPage(listRoute('livelihood'), {}, async (page) => {
      expect(shareOf(page)).toEqual({
        title: '民生实事：2022年工作总结怎么说',
        path: '/packages/livelihood/pages/list/index',
      })
      await page.tap('演示计划（虚构）')
      await page.tap('展开')
      await page.tap('医疗卫生 1')
      expect(page.text).toContain('找到 1 项')
      shared = shareOf(page)
    })
    expect(shared).toEqual({
      title: '民生实事：演示计划（虚构示例） · 医疗卫生',
      path: `/packages/livelihood/pages/list/index?view=demo&category=${encodeURIComponent('医疗卫生')}`,
    })
    await withPage(listRoute('livelihood'), queryOf(shared!.path), async (page) => {
      expect(page.text).toContain('找到 1 项')
      expect(page.text).toContain('示例村卫生室标准化建设')
    })
  })

  it('livelihood: the part alone (?view=demo) opens the demo plan; ?view=reported and odd values the summary', async () => {
    await withPage(listRoute('livelihood'), { view: 'demo' }, async (page) => {
      expect(page.text).toContain('演示计划（虚构示例）')
      expect(page.text).toContain('找到 ')
      expect(shareOf(page).path).toBe('/packages/livelihood/pages/list/index?view=demo')
    })
    for (const view of ['reported', 'nonsense']) {
      await withPage(listRoute('livelihood'), { view }, async (page) => {
        expect(page.text).toContain('2022年工作总结怎么说')
        expect(page.text).not.toContain('找到 ')
        expect(shareOf(page).path).toBe('/packages/livelihood/pages/list/index')
      })
    }
  })

  it('livelihood: an old deep link (?category=&town=&status=) opens the demo plan; the town no chip offers is dropped', async () => {
    const query = { category: encodeURIComponent('教育'), town: 'yunshan', status: 'done' }
    await withPage(listRoute('livelihood'), query, async (page) => {
      expect(page.text).toContain('找到 1 项')
      expect(page.text).toContain('示例学校操场改造')
      expect(shareOf(page)).toEqual({
        title: '民生实事：演示计划（虚构示例） · 教育 · 已完成',
        path: `/packages/livelihood/pages/list/index?view=demo&category=${encodeURIComponent('教育')}&status=done`,
      })
    })
  })

  it('events: the month shown and the day picked', async () => {
    // events.json: ice-snow-season runs from 2026-12-01 to 2027-03-08.
    await withPage(listRoute('events'), {}, async (page) => {
      await page.tap('展开')
      await page.tap('下个月')
      expect(shareOf(page)).toEqual({
        title: '节庆活动：2026年12月',
        path: '/packages/events/pages/list/index?month=2026-12',
      })
    })
    await withPage(listRoute('events'), { month: '2026-12', day: '19' }, async (page) => {
      expect(page.text).toContain('12月19日的活动')
      expect(page.text).toContain('12月19日 1 场活动')
      expect(page.text).toContain('冰雪季（示例）')
      expect(shareOf(page)).toEqual({
        title: '节庆活动：2026年12月19日',
        path: '/packages/events/pages/list/index?month=2026-12&day=19',
      })
    })
  })

  it('attractions: a tag and 只看免费', async () => {
    // attractions.json: 自驾 and free: tuliu-road only (real places carry no invented free entry).
    let shared: Shared | undefined
    await withPage(listRoute('attractions'), {}, async (page) => {
      await page.tap('展开')
      await page.tap('自驾')
      await page.tap('只看免费')
      expect(page.text).toContain('共 1 个景点')
      shared = shareOf(page)
    })
    expect(shared).toEqual({
      title: '景点：自驾 · 免费',
      path: `/packages/attractions/pages/list/index?tag=${encodeURIComponent('自驾')}&free=1`,
    })
    await withPage(listRoute('attractions'), queryOf(shared!.path), async (page) => {
      expect(page.text).toContain('共 1 个景点')
    })
  })

  it('policies: a category', async () => {
    // policies.json: 4 policies in 社会救助.
    let shared: Shared | undefined
    await withPage(listRoute('policies'), {}, async (page) => {
      await page.tap('展开')
      await page.tap('社会救助')
      expect(page.text).toContain('社会救助 4 项')
      shared = shareOf(page)
    })
    expect(shared).toEqual({
      title: '惠民政策：社会救助',
      path: `/packages/policies/pages/list/index?category=${encodeURIComponent('社会救助')}`,
    })
    await withPage(listRoute('policies'), queryOf(shared!.path), async (page) => {
      expect(page.text).toContain('社会救助 4 项')
    })
  })
})

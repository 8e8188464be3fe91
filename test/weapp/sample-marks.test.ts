import { detailRoute, HOME_ROUTE, listRoute, MINE_ROUTE, SEARCH_ROUTE } from '../support/routes'
import { openPage, type WeappPage } from './harness'

/** The rendered text with line breaks removed: a badge is its own text node, on its own line. */
const flat = (page: WeappPage) => page.text.replace(/\n/g, '')

/*
 * The built mini-program: a sample record says so wherever it appears (home, lists, the share card,
 * 我的). Titles and marks written from the content by hand.
 */

test('home rows, the policy list and the job list carry the marks', async () => {
  const { app, page } = await openPage(HOME_ROUTE)
  try {
    app.assertClean('home')
    expect(flat(page)).toContain('冰雪季（示例）')
    expect(flat(page)).toContain('课后托管老师助理示例')
    const policies = await app.open(listRoute('policies'))
    app.assertClean('policies list')
    expect(flat(policies)).toContain('临时救助：突然遇到难处时一般指引')
    // A policy the summary names is not marked as guidance.
    expect(flat(policies)).not.toContain('城乡低保（最低生活保障）一般指引')
    const jobs = await app.open(listRoute('jobs'))
    expect(flat(jobs)).toContain('梅花鹿饲养员示例')
  } finally {
    app.close()
  }
})

test('a sample job: the share card says 示例 first, and 我的 marks the favourite', async () => {
  const { app, page } = await openPage(detailRoute('jobs'), { id: 'luxiang-deer-keeper' })
  try {
    app.assertClean('job detail')
    const handler = page.instance.onShareAppMessage as (o: unknown) => { title: string }
    expect(handler.call(page.instance, { from: 'menu' }).title).toBe('【示例】梅花鹿饲养员｜3500–4500元/月')
    expect(page.text).toContain('演示数据：这一条是虚构的示例，不是官方发布')
    await page.tap('收藏')
    const mine = await app.open(MINE_ROUTE)
    app.assertClean('mine')
    expect(flat(mine)).toContain('梅花鹿饲养员示例')
  } finally {
    app.close()
  }
})

test('a search hit of a sample record carries its mark; a question finds its answer', async () => {
  const { app, page } = await openPage(SEARCH_ROUTE, { q: encodeURIComponent('饲养员') })
  try {
    app.assertClean('search')
    expect(flat(page)).toContain('梅花鹿饲养员示例')
    const asked = await app.open(SEARCH_ROUTE, { q: encodeURIComponent('丢了工作怎么办') })
    app.assertClean('search a question')
    expect(flat(asked)).toContain('丢了工作怎么办：失业登记和失业保险金一般指引')
  } finally {
    app.close()
  }
})

// 土柳线农村公路 is a real road the summary names; only the award is from the summary, its tags (免费, 自驾),
// 免费通行 and 最佳季节 are sample fields (src/content/attractions.json): each carries its mark, head line included.
test('a cited place: its sample tags are marked in the detail head and on the list card', async () => {
  const { app, page } = await openPage(detailRoute('attractions'), { id: 'tuliu-road' })
  try {
    app.assertClean('attraction detail')
    expect(flat(page)).toContain('免费 · 自驾示例')
    const list = await app.open(listRoute('attractions'))
    app.assertClean('attractions list')
    expect(flat(list)).toContain('获评吉林省“十大最美农村公路”的农村公路。免费示例· 自驾示例')
  } finally {
    app.close()
  }
})

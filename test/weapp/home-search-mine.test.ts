import { embeddedPack } from '@/content/index'
import { HOME_ROUTE, MINE_ROUTE, SEARCH_ROUTE, detailRoute, firstRecord, noRecordsMessage } from '../support/routes'
import { WeappApp, openPage } from './harness'
import { findAll } from './view'

const FAVOURITES_KEY = 'sy.favourites.v1'
const SETTINGS_KEY = 'sy.settings.v1'

test('home shows the services, events, jobs, 民生实事 progress, figures and the 长辈版 switch', async () => {
  const { app, page } = await openPage(HOME_ROUTE)
  try {
    app.assertClean('home')
    for (const t of [
      '智慧双阳',
      '长辈版',
      '民生实事',
      '就业岗位',
      '节庆活动',
      '惠民政策',
      '12345',
      '近期活动',
      // The tracker card: the summary's sentence with its year, the demo plan's counts under its demo title.
      '2022年，《双阳区2022年工作总结》原文：「“幸福双阳”行动计划63项民生实事全部落实」',
      '演示计划（虚构示例）：16 个虚构项目',
      '演示计划平均进度 49%',
      '最新岗位',
      '《双阳区2022年工作总结》',
    ]) {
      expect(page.text).toContain(t)
    }
  } finally {
    app.close()
  }
})

test('home offers the self-check: one tap opens 我能申请吗 on the policies list', async () => {
  const { app, page } = await openPage(HOME_ROUTE)
  try {
    await page.tap('不知道能申请哪些政策？做个自测 ›')
    app.assertClean('home → self-check')
    expect(app.navigations().map((c) => (c.args[0] as { url?: string }).url)).toEqual([
      '/packages/policies/pages/list/index?check=1',
    ])
  } finally {
    app.close()
  }
})

test('search opened with ?q= shows grouped results at once', async () => {
  const { app, page } = await openPage(SEARCH_ROUTE, { q: encodeURIComponent('梅花鹿') })
  try {
    app.assertClean('search?q=梅花鹿')
    // Highlighted parts are separate text nodes: read the text as one line.
    const text = page.text.replace(/\s+/g, '')
    expect(text).toContain('双阳梅花鹿节')
    expect(text).toMatch(/共找到\d+条/)
    expect(text).toContain('节庆活动')
  } finally {
    app.close()
  }
})

test('search: asking 我能申请什么 offers the self-check, and a tap opens it', async () => {
  const { app, page } = await openPage(SEARCH_ROUTE, { q: encodeURIComponent('我能申请什么') })
  try {
    await page.tap('不知道能申请哪些政策？做个自测 ›')
    app.assertClean('search → self-check')
    expect(app.navigations().map((c) => (c.args[0] as { url?: string }).url)).toEqual([
      '/packages/policies/pages/list/index?check=1',
    ])
  } finally {
    app.close()
  }
})

test('search by pinyin initials finds the festival', async () => {
  const { app, page } = await openPage(SEARCH_ROUTE, { q: 'mhlj' })
  try {
    app.assertClean('search?q=mhlj')
    expect(page.text.replace(/\s+/g, '')).toContain('双阳梅花鹿节')
  } finally {
    app.close()
  }
})

test('mine shows favourites, hotlines, content version, privacy and sources', async () => {
  const { app, page } = await openPage(MINE_ROUTE)
  try {
    app.assertClean('mine')
    for (const t of [
      '我的收藏',
      '还没有收藏',
      '长辈版',
      '12345',
      '政务服务便民热线',
      '内容版本',
      '隐私说明',
      '关于与来源',
      '《双阳区2022年工作总结》',
      '演示数据，不是官方发布',
    ]) {
      expect(page.text).toContain(t)
    }
  } finally {
    app.close()
  }
})

test('a favourite tapped on a detail page is in 我的 after a fresh launch with the same storage', async () => {
  const job = firstRecord('jobs')
  if (!job) throw new Error(noRecordsMessage('jobs'))
  const first = await WeappApp.launch()
  let stored: Record<string, unknown>
  try {
    const detail = await first.open(detailRoute('jobs'), { id: job.id })
    await detail.tap('收藏')
    first.assertClean('tap on 收藏')
    expect(String(first.storage.get(FAVOURITES_KEY))).toContain(job.id)
    stored = Object.fromEntries(first.storage)
  } finally {
    first.close()
  }
  const { app, page } = await openPage(MINE_ROUTE, {}, { storage: stored })
  try {
    app.assertClean('mine after relaunch')
    expect(page.text).toContain(job.title)
    expect(page.text).not.toContain('还没有收藏')
  } finally {
    app.close()
  }
})

test('a favourite whose record is gone shows 已下线 and can be removed', async () => {
  const storage = {
    [FAVOURITES_KEY]: JSON.stringify([{ domain: 'jobs', id: 'retired-post', title: '已撤下的岗位', savedAt: 1 }]),
  }
  const { app, page } = await openPage(MINE_ROUTE, {}, { storage })
  try {
    expect(page.text).toContain('已撤下的岗位')
    expect(page.text).toContain('已下线')
    await page.tap('移除')
    app.assertClean('remove an offline favourite')
    expect(page.text).not.toContain('已撤下的岗位')
    expect(JSON.parse(String(app.storage.get(FAVOURITES_KEY)))).toEqual([])
  } finally {
    app.close()
  }
})

test('取消收藏 in 我的 offers 撤销, which puts the favourite back in its place and in storage', async () => {
  const [a, b] = embeddedPack.policies
  const saved = [
    { domain: 'policies', id: a!.id, title: a!.title, savedAt: 2 },
    { domain: 'policies', id: b!.id, title: b!.title, savedAt: 1 },
  ]
  const { app, page } = await openPage(MINE_ROUTE, {}, { storage: { [FAVOURITES_KEY]: JSON.stringify(saved) } })
  try {
    await page.tap('取消收藏')
    app.assertClean('remove a favourite')
    expect(page.text).toContain(`已取消收藏：${a!.title}`)
    expect((JSON.parse(String(app.storage.get(FAVOURITES_KEY))) as Array<{ id: string }>).map((f) => f.id)).toEqual([
      b!.id,
    ])
    await page.tap('撤销')
    app.assertClean('undo the removal')
    expect(page.text).not.toContain('已取消收藏')
    expect((JSON.parse(String(app.storage.get(FAVOURITES_KEY))) as Array<{ id: string }>).map((f) => f.id)).toEqual([
      a!.id,
      b!.id,
    ])
  } finally {
    app.close()
  }
})

test('a favourite with the longest id the checker accepts (64 characters) survives a launch untouched', async () => {
  const id = `job-${'a'.repeat(60)}`
  const stored = JSON.stringify([{ domain: 'jobs', id, title: '编号很长的岗位', savedAt: 1 }])
  const { app, page } = await openPage(MINE_ROUTE, {}, { storage: { [FAVOURITES_KEY]: stored } })
  try {
    app.assertClean('mine with a long-id favourite')
    expect(page.text).toContain('编号很长的岗位')
    expect(app.calls.some((c) => c.api === 'showToast')).toBe(false)
    expect(app.storage.get(FAVOURITES_KEY)).toBe(stored)
  } finally {
    app.close()
  }
})

test('damaged storage is recovered from: the page renders and the data is reset', async () => {
  const storage = { [FAVOURITES_KEY]: '{not json', [SETTINGS_KEY]: '[1,2' }
  const { app, page } = await openPage(MINE_ROUTE, {}, { storage })
  try {
    app.assertClean('mine with damaged storage')
    expect(page.text).toContain('还没有收藏')
    expect(JSON.parse(String(app.storage.get(FAVOURITES_KEY)))).toEqual([])
    expect(app.calls.some((c) => c.api === 'showToast')).toBe(true)
  } finally {
    app.close()
  }
})

test('the 长辈版 switch is remembered across launches and marks every page', async () => {
  const first = await WeappApp.launch()
  let stored: Record<string, unknown>
  try {
    const home = await first.open(HOME_ROUTE)
    expect(home.text).toContain('已关闭')
    await home.tap('长辈版')
    first.assertClean('tap on 长辈版')
    expect(home.text).toContain('已打开')
    stored = Object.fromEntries(first.storage)
  } finally {
    first.close()
  }
  const job = firstRecord('jobs')
  const { app, page } = await openPage(job ? detailRoute('jobs') : MINE_ROUTE, job ? { id: job.id } : {}, {
    storage: stored,
  })
  try {
    app.assertClean('relaunch with 长辈版 on')
    // The class reaches the rendered page, where the elder styles apply.
    expect(findAll(page.view.tree, (n) => n.cls.split(/\s+/).includes('sy-page--elder')).length).toBeGreaterThan(0)
  } finally {
    app.close()
  }
})

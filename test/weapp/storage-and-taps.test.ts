import {
  HOME_ROUTE,
  MINE_ROUTE,
  SEARCH_ROUTE,
  detailRoute,
  firstRecord,
  listRoute,
  noRecordsMessage,
} from '../support/routes'
import { openPage, type WeappApp } from './harness'

// Hostile devices and hostile fingers on the weapp build: a full or broken storage, bursts of taps.

const SETTINGS_KEY = 'sy.settings.v1'
const RECENT_KEY = 'sy.recent-searches.v1'

const toasts = (app: WeappApp): string[] =>
  app.calls.filter((c) => c.api === 'showToast').map((c) => String((c.args[0] as { title?: string }).title))

test('收藏 on a full phone says 没存上, never 已收藏，可在“我的”里找到', async () => {
  const job = firstRecord('jobs')
  if (!job) throw new Error(noRecordsMessage('jobs'))
  const { app, page } = await openPage(detailRoute('jobs'), { id: job.id }, { storageFails: 'full' })
  try {
    await page.tap('收藏')
    app.assertClean('收藏 with a full storage')
    expect(toasts(app)).toEqual(['没存上：手机存储空间满了，收藏只在这次使用中有效'])
    expect(page.text).toContain('已收藏')
  } finally {
    app.close()
  }
})

test('with storage that throws, 我的 still renders, says so once, and the switch is honest', async () => {
  const { app, page } = await openPage(MINE_ROUTE, {}, { storageFails: 'broken' })
  try {
    app.assertClean('mine with broken storage')
    expect(page.text).toContain('我的收藏')
    await page.tap('长辈版')
    app.assertClean('长辈版 with broken storage')
    expect(page.text).toContain('已打开')
    expect(toasts(app)).toEqual([
      '这台设备不能保存数据：收藏和设置只在这次使用中有效',
      '没存上：这台设备不允许保存数据，长辈版只在这次使用中有效',
    ])
  } finally {
    app.close()
  }
})

test('two taps on 长辈版 in one burst switch it on and off again', async () => {
  const { app, page } = await openPage(HOME_ROUTE)
  try {
    await page.tapBurst('长辈版')
    app.assertClean('double tap on 长辈版')
    expect(JSON.parse(String(app.storage.get(SETTINGS_KEY)))).toEqual({ elderMode: false })
    expect(page.text).toContain('已关闭')
  } finally {
    app.close()
  }
})

test('a double tap on a list item opens the detail page once', async () => {
  const job = firstRecord('jobs')
  if (!job) throw new Error(noRecordsMessage('jobs'))
  const { app, page } = await openPage(listRoute('jobs'))
  try {
    const title = page.text.includes(job.title) ? job.title : undefined
    if (!title) throw new Error(`${job.title} is not on the first screen of the jobs list`)
    await page.tapBurst(title)
    app.assertClean('double tap on a job')
    expect(app.navigations().filter((c) => c.api === 'navigateTo' || c.api === 'redirectTo')).toHaveLength(1)
  } finally {
    app.close()
  }
})

test('100,000 stored recent searches are cut to ten and written back on the first open', async () => {
  const many = Array.from({ length: 100_000 }, (_, i) => `旧搜索${i}`)
  const { app, page } = await openPage(SEARCH_ROUTE, {}, { storage: { [RECENT_KEY]: JSON.stringify(many) } })
  try {
    app.assertClean('search with a huge history')
    expect(page.text).toContain('旧搜索0')
    expect(JSON.parse(String(app.storage.get(RECENT_KEY)))).toEqual(many.slice(0, 10))
  } finally {
    app.close()
  }
})

// One key the device cannot read (its reader throws on it) is that key's damage: repaired, never "storage is gone".
test.each([
  ['unreadable', { unreadableKeys: [SETTINGS_KEY] }],
  ['readable but odd', {}],
])('%s settings {"hasOwnProperty":1}: repaired with one calm notice, and 长辈版 is saved', async (_name, extra) => {
  const { app, page } = await openPage(
    MINE_ROUTE,
    {},
    { storage: { [SETTINGS_KEY]: '{"hasOwnProperty":1}' }, ...extra },
  )
  try {
    await page.tap('长辈版')
    app.assertClean('长辈版 after odd settings')
    expect(page.text).toContain('已打开')
    expect(toasts(app)).toEqual(['设置数据有损坏，已恢复为默认设置', '已打开长辈版：字更大、按钮更大'])
    expect(JSON.parse(String(app.storage.get(SETTINGS_KEY)))).toEqual({ elderMode: true })
  } finally {
    app.close()
  }
})

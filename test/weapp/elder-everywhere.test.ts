import fs from 'node:fs'
import path from 'node:path'
import { weappDist } from '../support/paths'
import { HOME_ROUTE, MINE_ROUTE, SEARCH_ROUTE } from '../support/routes'
import { openPage, WeappApp, type WeappPage } from './harness'
import { findAll, type ViewNode } from './view'

// 长辈版 reaches the weapp tab bar too: WeChat's own bar cannot grow, so the app draws its own (tabBar.custom).
const SETTINGS_KEY = 'sy.settings.v1'
const TABS = ['首页', '搜索', '我的']

function bar(page: WeappPage): WeappPage {
  if (!page.tabBar) throw new Error(`${page.route} has no custom tab bar`)
  return page.tabBar
}

function tabs(page: WeappPage): ViewNode[] {
  return findAll(bar(page).view.tree, (n) => n.attrs['aria-role'] === 'tab')
}

/** The tabs drawn as chosen (red), each with the name a screen reader gives it. */
function selected(page: WeappPage): string[] {
  return tabs(page)
    .filter((n) => n.cls.split(/\s+/).includes('sy-tabbar__item--on'))
    .map((n) => String(n.attrs['aria-label']))
}

function elder(page: WeappPage): boolean {
  return findAll(bar(page).view.tree, (n) => n.cls.split(/\s+/).includes('sy-tabbar--elder')).length === 1
}

/** font-size of a rule in the built tab bar's wxss, in px on a 375 px wide phone (750 rpx). */
function fontPx(selector: string): number {
  const wxss = fs.readFileSync(path.join(weappDist(), 'custom-tab-bar', 'index.wxss'), 'utf8')
  const rule = new RegExp(`(?:^|})${selector.replace(/[.]/g, '\\.')}\\{[^}]*font-size:(\\d+(?:\\.\\d+)?)rpx`).exec(wxss)
  if (!rule) throw new Error(`no font-size for ${selector} in custom-tab-bar/index.wxss`)
  return Number(rule[1]) / 2
}

test('app.json asks for the custom tab bar and keeps the three tabs', () => {
  const app = JSON.parse(fs.readFileSync(path.join(weappDist(), 'app.json'), 'utf8')) as {
    tabBar: { custom?: boolean; list: Array<{ pagePath: string; text: string }> }
  }
  expect(app.tabBar.custom).toBe(true)
  expect(app.tabBar.list.map((t) => [t.pagePath, t.text])).toEqual([
    ['pages/index/index', '首页'],
    ['pages/search/index', '搜索'],
    ['pages/mine/index', '我的'],
  ])
})

test('the labels are 10 px, and 18 px in 长辈版', () => {
  expect(fontPx('.sy-tabbar__label')).toBe(10)
  expect(fontPx('.sy-tabbar--elder .sy-tabbar__label')).toBeGreaterThanOrEqual(18)
})

test.each([
  [HOME_ROUTE, '首页', 'home'],
  [SEARCH_ROUTE, '搜索', 'search'],
  [MINE_ROUTE, '我的', 'mine'],
])('on %s the bar renders the three tabs with %s selected and its icon lit', async (route, label, icon) => {
  const { app, page } = await openPage(route)
  try {
    app.assertClean(route)
    expect(bar(page).text).toBe(TABS.join('\n'))
    expect(selected(page)).toEqual([`${label}，当前页`])
    const icons = findAll(bar(page).view.tree, (n) => n.tag === 'image').map((n) => n.attrs.src)
    expect(icons).toEqual(['home', 'search', 'mine'].map((i) => `/assets/tab/${i}${i === icon ? '-active' : ''}.png`))
    for (const file of icons) expect(fs.existsSync(path.join(weappDist(), String(file)))).toBe(true)
    expect(elder(page)).toBe(false)
  } finally {
    app.close()
  }
})

test('长辈版 stored: every tab page opens with the large bar', async () => {
  for (const route of [HOME_ROUTE, SEARCH_ROUTE, MINE_ROUTE]) {
    const { app, page } = await openPage(
      route,
      {},
      { storage: { [SETTINGS_KEY]: JSON.stringify({ elderMode: true }) } },
    )
    try {
      app.assertClean(route)
      expect(elder(page)).toBe(true)
    } finally {
      app.close()
    }
  }
})

test('switching 长辈版 on in 我的 grows the bar at once', async () => {
  const { app, page } = await openPage(MINE_ROUTE)
  try {
    expect(elder(page)).toBe(false)
    await page.tap('长辈版')
    app.assertClean('长辈版 on')
    expect(elder(page)).toBe(true)
  } finally {
    app.close()
  }
})

test('a tab switches with switchTab; the page shown again marks its own tab', async () => {
  const app = await WeappApp.launch()
  try {
    const home = await app.open(HOME_ROUTE)
    await bar(home).tap('搜索')
    expect(app.callsTo('switchTab').map((c) => c.url)).toEqual(['/pages/search/index'])
    // Tapping the tab already selected goes nowhere.
    await bar(home).tap('首页')
    expect(app.callsTo('switchTab')).toHaveLength(1)
    const search = await app.open(SEARCH_ROUTE)
    expect(selected(search)).toEqual(['搜索，当前页'])
    await app.show(home)
    expect(selected(home)).toEqual(['首页，当前页'])
    app.assertClean('tab switches')
  } finally {
    app.close()
  }
})

import fs from 'node:fs'
import path from 'node:path'
import { outputDir, weappDist } from '../support/paths'
import { HOME_ROUTE, SEARCH_ROUTE, listRoute } from '../support/routes'
import { WeappApp, openPage } from './harness'
import { WeappView, findAll, type ViewNode } from './view'

/*
 * WeChat's screen reader announces what the rendered elements carry in
 * aria-label and aria-role. These read the page as WeChat renders it (not the
 * setData tree), so a name that does not reach the templates fails here.
 */

function named(tree: ViewNode): Array<{ tag: string; label?: string; role?: string }> {
  return findAll(tree, (n) => n.attrs['aria-label'] !== undefined || n.attrs['aria-role'] !== undefined).map((n) => ({
    tag: n.tag,
    ...(n.attrs['aria-label'] !== undefined ? { label: String(n.attrs['aria-label']) } : {}),
    ...(n.attrs['aria-role'] !== undefined ? { role: String(n.attrs['aria-role']) } : {}),
  }))
}

test('the 长辈版 switch is a named switch whose name says its state, before and after a tap', async () => {
  const app = await WeappApp.launch()
  try {
    const home = await app.open(HOME_ROUTE)
    expect(named(home.view.tree)).toContainEqual({ tag: 'view', label: '长辈版，已关闭', role: 'switch' })
    await home.tap('长辈版')
    app.assertClean('tap on 长辈版')
    const after = named(home.view.tree)
    expect(after).toContainEqual({ tag: 'view', label: '长辈版，已打开', role: 'switch' })
    expect(after).not.toContainEqual({ tag: 'view', label: '长辈版，已关闭', role: 'switch' })
  } finally {
    app.close()
  }
})

test('the search box is named 搜索 and its clear button 清空搜索', async () => {
  const { app, page } = await openPage(SEARCH_ROUTE, { q: '梅花鹿' })
  try {
    app.assertClean('search?q=梅花鹿')
    const names = named(page.view.tree)
    expect(names).toContainEqual({ tag: 'input', label: '搜索' })
    expect(names).toContainEqual({ tag: 'view', label: '清空搜索', role: 'button' })
  } finally {
    app.close()
  }
})

test('the tracker’s two parts are named tabs, and its filter chips named groups of buttons', async () => {
  const { app, page } = await openPage(listRoute('livelihood'), { view: 'demo' })
  try {
    app.assertClean('livelihood list')
    const names = named(page.view.tree)
    expect(names).toContainEqual({ tag: 'view', label: '民生实事的两部分', role: 'tablist' })
    await page.tap('展开')
    const opened = named(page.view.tree)
    for (const label of ['类别', '排序']) {
      expect(opened).toContainEqual({ tag: 'view', label, role: 'group' })
    }
    const chip = findAll(
      page.view.tree,
      (n) => n.cls.split(/\s+/).includes('sy-chip') && n.attrs['aria-role'] === 'button',
    )
    expect(chip.length).toBeGreaterThan(4)
  } finally {
    app.close()
  }
})

test('templates without aria-label lose the names: the check above can fail', async () => {
  const { app, page } = await openPage(HOME_ROUTE)
  const data = JSON.parse(JSON.stringify(page.data)) as unknown
  app.close()
  const dir = outputDir('view-mutants', 'no-aria')
  fs.rmSync(dir, { recursive: true, force: true })
  fs.cpSync(weappDist(), dir, { recursive: true })
  const base = path.join(dir, 'base.wxml')
  const wxml = fs.readFileSync(base, 'utf8')
  const stripped = wxml.replace(/ aria-(label|role)="[^"]*"/g, '')
  expect(stripped).not.toBe(wxml)
  fs.writeFileSync(base, stripped)
  const view = new WeappView(dir).render(HOME_ROUTE, data)
  expect(view.problems).toEqual([])
  expect(named(view.tree)).not.toContainEqual({ tag: 'view', label: '长辈版，已关闭', role: 'switch' })
  expect(named(view.tree)).toEqual([])
})

test('a runtime that does not know the aria attributes fails the run: names in setData that no template prints', async () => {
  const dir = outputDir('view-mutants', 'runtime-without-aria')
  fs.rmSync(dir, { recursive: true, force: true })
  fs.cpSync(weappDist(), dir, { recursive: true })
  const appJs = path.join(dir, 'app.js')
  const code = fs.readFileSync(appJs, 'utf8')
  // config/weapp-aria-runtime.js, bundled: JSON.parse('{"View":{"aria-label":"","aria-role":""},…}') handed to Taro.
  const mutated = code.replace(/JSON\.parse\('\{"View":\{"aria-label"[^']*'\)/, "JSON.parse('{}')")
  expect(mutated).not.toBe(code)
  fs.writeFileSync(appJs, mutated)
  const { app } = await openPage(HOME_ROUTE, {}, { dist: dir })
  try {
    expect(() => app.assertClean('home on a runtime without the aria attributes')).toThrow(
      /accessible names\/roles sent that no template prints.*ariaLabel="长辈版，已关闭"/,
    )
  } finally {
    app.close()
  }
})

import fs from 'node:fs'
import path from 'node:path'
import { repoRoot, weappDist } from '../support/paths'
import { HOME_ROUTE } from '../support/routes'
import { openPage } from './harness'

/* What WeChat's review and DevTools read from the package, and the font size read. */

function readJson(file: string): Record<string, unknown> {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>
}

test('the font size comes from wx.getAppBaseInfo, not the deprecated getSystemInfoSync', async () => {
  // WeChat's 字体大小 at 20 (standard 17): everything is zoomed by 20/17 ≈ 1.18.
  const { app, page } = await openPage(HOME_ROUTE, {}, { fontSizeSetting: 20 })
  try {
    app.assertClean('home at font size 20')
    expect(app.callsTo('getAppBaseInfo').length).toBeGreaterThan(0)
    expect(app.callsTo('getSystemInfoSync')).toEqual([])
    expect(JSON.stringify(page.root)).toMatch(/--sy-font-zoom:\s*1\.18/)
  } finally {
    app.close()
  }
})

test('the standard font size zooms nothing', async () => {
  const { app, page } = await openPage(HOME_ROUTE, {}, { fontSizeSetting: 17 })
  try {
    expect(JSON.stringify(page.root)).not.toMatch(/--sy-font-zoom/)
  } finally {
    app.close()
  }
})

test('sitemap.json ships with the package and app.json points at it; 我的 is not indexed', () => {
  const dist = weappDist()
  expect(readJson(path.join(dist, 'app.json')).sitemapLocation).toBe('sitemap.json')
  const sitemap = readJson(path.join(dist, 'sitemap.json')) as { rules: Array<{ action: string; page: string }> }
  expect(sitemap.rules).toEqual([
    { action: 'disallow', page: 'pages/mine/index' },
    { action: 'allow', page: '*' },
  ])
})

test('the built project.config.json has only documented fields and the package as its root', () => {
  const config = readJson(path.join(weappDist(), 'project.config.json'))
  expect(config).not.toHaveProperty('srcMiniprogramRoot')
  expect(config.miniprogramRoot).toBe('./')
  expect(readJson(path.join(repoRoot, 'project.config.json'))).not.toHaveProperty('srcMiniprogramRoot')
})

test('DevTools’ per-machine project.private.config.json is git-ignored', () => {
  const ignored = fs.readFileSync(path.join(repoRoot, '.gitignore'), 'utf8').split('\n')
  expect(ignored).toContain('project.private.config.json')
})

import fs from 'node:fs'
import path from 'node:path'
import { weappDist } from '../support/paths'
import {
  DOMAINS,
  HOME_ROUTE,
  MINE_ROUTE,
  SEARCH_ROUTE,
  contentRecords,
  detailRoute,
  listRoute,
} from '../support/routes'
import { openPage, type TreeNode } from './harness'

// Taro draws the page tree with one set of templates per level up to `mini.baseLevel` (config/index.ts); a node
// below that goes through its recursive `comp` component, which costs on every update there. The level was
// lowered to save main-package bytes: every page, in every state we can open, must stay above the last level.
const SETTINGS_KEY = 'sy.settings.v1'

/** The level of Taro's last template (`tmpl_<n>_container`, where `comp` takes over), read from the build. */
function containerLevel(): number {
  const wxml = fs.readFileSync(path.join(weappDist(), 'base.wxml'), 'utf8')
  const m = /<template name="tmpl_(\d+)_container">/.exec(wxml)
  if (!m?.[1]) throw new Error('base.wxml has no tmpl_<n>_container')
  return Number(m[1])
}

/** The deepest node's level: the page root's children are level 0, as in Taro's templates. */
function deepestLevel(root: TreeNode): number {
  const walk = (node: TreeNode, level: number): number =>
    Math.max(level, ...(node.cn ?? []).map((c) => walk(c, level + 1)))
  return walk(root, -1)
}

type Visit = [route: string, query: Record<string, string>, elder: boolean]

const visits: Visit[] = [
  ...[HOME_ROUTE, MINE_ROUTE, ...DOMAINS.map(listRoute)].flatMap((r): Visit[] => [
    [r, {}, false],
    [r, {}, true],
  ]),
  [SEARCH_ROUTE, { q: '低保怎么申请' }, true],
  [SEARCH_ROUTE, { q: '梅花鹿' }, false],
  ...DOMAINS.flatMap((d) => contentRecords(d).map((r): Visit => [detailRoute(d), { id: r.id }, true])),
]

test('the build has the level we set (12: levels 0–10 and the container at 11)', () => {
  expect(containerLevel()).toBe(11)
})

test('no page reaches the container level, 长辈版 or not', async () => {
  const container = containerLevel()
  let deepest = { level: -1, at: '' }
  for (const [route, query, elder] of visits) {
    const { app, page } = await openPage(
      route,
      query,
      elder ? { storage: { [SETTINGS_KEY]: JSON.stringify({ elderMode: true }) } } : {},
    )
    try {
      const level = deepestLevel(page.root)
      if (level > deepest.level) deepest = { level, at: `${route} ${JSON.stringify(query)}${elder ? ' 长辈版' : ''}` }
    } finally {
      app.close()
    }
  }
  process.stdout.write(`deepest page level ${deepest.level} (${deepest.at}); container level ${container}\n`)
  // Measured on 2026-12-07: 9 (the livelihood list). A reading of 0 would mean the pages drew nothing.
  expect(deepest.level).toBeGreaterThanOrEqual(8)
  expect(deepest.level).toBeLessThan(container)
})

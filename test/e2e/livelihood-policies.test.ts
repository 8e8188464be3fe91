import fs from 'node:fs'
import path from 'node:path'
import { repoRoot } from '../support/paths'
import { contentRecords, detailRoute, listRoute, withQuery } from '../support/routes'
import { expectTexts, screenshot, seriousA11yViolations, h5Journeys } from '../support/browser'

// H5 journeys through the tracker and the policy guide, in Chromium.
const { journey } = h5Journeys()

interface ProjectRow {
  id: string
  title: string
  category: string
}

const projects = JSON.parse(
  fs.readFileSync(path.join(repoRoot, 'src', 'content', 'livelihood.json'), 'utf8'),
) as ProjectRow[]
const policies = contentRecords('policies')

test('filter the tracker by a category from the chart and open a project', async () => {
  // 医疗卫生 has few projects, so the filter visibly narrows the list.
  const medical = projects.filter((p) => p.category === '医疗卫生')
  expect(medical.length).toBeGreaterThan(0)
  const target = medical[0]!
  await journey(listRoute('livelihood'), async ({ page }) => {
    await expectTexts(page, ['民生实事进展', `找到 ${projects.length} 项`])
    await page.getByRole('button', { name: new RegExp(`^医疗卫生\\s*${medical.length}项`) }).click()
    await expectTexts(page, [`找到 ${medical.length} 项`, target.title])
    expect(await page.evaluate(() => document.body.innerText)).not.toContain(
      projects.find((p) => p.category !== '医疗卫生')!.title,
    )
    expect(await seriousA11yViolations(page)).toEqual([])
    await screenshot(page, 'livelihood-list-filtered')

    await page.getByText(target.title, { exact: true }).click()
    await page.waitForURL((u) => u.hash.includes(detailRoute('livelihood')), { timeout: 10000 })
    expect(decodeURIComponent(page.url())).toContain(`id=${target.id}`)
    await expectTexts(page, [target.title, '完成进度', '进展节点', '责任单位', '来源'])
    expect(await seriousA11yViolations(page)).toEqual([])
    await screenshot(page, 'livelihood-detail')

    // Back on the list, the filter still holds.
    await page.goBack()
    await expectTexts(page, [`找到 ${medical.length} 项`])
  })
})

test('open a policy, then run the self-check and reach a suggested policy', async () => {
  const first = policies[0]!
  await journey(withQuery(detailRoute('policies'), { id: first.id }), async ({ page }) => {
    await expectTexts(page, [first.title, '谁能申请', '要带什么', '去哪里办', '打电话问', '本页内容核对于'])
    expect(await seriousA11yViolations(page)).toEqual([])
    await screenshot(page, 'policy-detail')

    await page.getByText('我能申请吗？做个自测').click()
    await page.waitForURL((u) => u.hash.includes(listRoute('policies')), { timeout: 10000 })
    await expectTexts(page, ['您今年多大岁数？'])
    await page.getByRole('radio', { name: '一直很难，收入很低，吃饭看病都发愁' }).click()
    await page.getByRole('radio', { name: '80岁及以上' }).click()
    await page.getByText('看看哪些政策适合我').click()
    await expectTexts(page, ['很可能符合', '不是审批结果', '符合的条件：'])
    expect(await seriousA11yViolations(page)).toEqual([])
    await screenshot(page, 'policy-self-check')

    const suggestion = page.locator('.sy-check__suggestion').first()
    const title = (await suggestion.locator('.sy-check__suggestion-title').innerText()).trim()
    await suggestion.click()
    await page.waitForURL((u) => u.hash.includes(detailRoute('policies')), { timeout: 10000 })
    await expectTexts(page, [title, '谁能申请'])
  })
})

test('an unknown project or policy id says 未找到', async () => {
  for (const domain of ['livelihood', 'policies'] as const) {
    await journey(withQuery(detailRoute(domain), { id: 'no-such-record-zz9' }), async ({ page }) => {
      await expectTexts(page, ['未找到', '回到首页'])
    })
  }
})

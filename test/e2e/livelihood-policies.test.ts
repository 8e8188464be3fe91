import { contentRecords, detailRoute, listRoute, withQuery } from '../support/routes'
import { PHONE, expectTexts, screenshot, seriousA11yViolations, h5Journeys } from '../support/browser'

// H5 journeys through the tracker and the policy guide, in Chromium.
const { journey } = h5Journeys()

const policies = contentRecords('policies')

// Expected values written by hand from src/content/livelihood.json: the demo plan holds 16 fictional projects,
// one of them 医疗卫生 (示例村卫生室标准化建设).

test('the tracker opens on the 2022 summary’s own words; a reported item shows no progress', async () => {
  await journey(listRoute('livelihood'), async ({ page }) => {
    await expectTexts(page, [
      '2022年工作总结怎么说',
      '「“幸福双阳”行动计划63项民生实事全部落实」',
      '2022年其他重点工作（22 项）',
      '153中学异地新建',
    ])
    const body = await page.evaluate(() => document.body.innerText)
    expect(body).not.toContain('%')
    expect(body).not.toContain('找到')
    expect(await seriousA11yViolations(page)).toEqual([])
    await screenshot(page, 'livelihood-list-reported')

    await page.getByText('区医院提升救治能力建设项目', { exact: true }).click()
    await page.waitForURL((u) => u.hash.includes(detailRoute('livelihood')), { timeout: 10000 })
    expect(decodeURIComponent(page.url())).toContain('id=district-hospital-upgrade')
    await expectTexts(page, ['总结所写：2022年 · 投入使用', '总结怎么说', '来源'])
    const detail = await page.evaluate(() => document.body.innerText)
    for (const t of ['完成进度', '进展节点', '演示用责任单位', '%']) expect(detail).not.toContain(t)
    expect(await seriousA11yViolations(page)).toEqual([])
  })
})

test('the demo plan: results first, a bar of the chart filters the list and scrolls to it, a project opens', async () => {
  await journey(listRoute('livelihood'), async ({ page }) => {
    await page.getByRole('tab', { name: '演示计划（虚构）' }).click()
    await expectTexts(page, ['找到 16 项', '都是虚构的'])
    // Results first: the first card starts within the first screen of a phone (812 px), not 1,250 px down.
    const firstCard = await page.locator('.sy-tracker__list .sy-project').first().boundingBox()
    expect(firstCard).not.toBeNull()
    expect(firstCard!.y).toBeLessThan(PHONE.height - 200)

    await page.getByText('看各类平均进度 ▾').click()
    const before = await page.locator('#sy-tracker-results').boundingBox()
    await page.getByRole('button', { name: /^医疗卫生\s*1项/ }).click()
    await expectTexts(page, ['找到 1 项', '示例村卫生室标准化建设'])
    // The list has come up to the top of the screen (below the title bar), from where it was.
    await page.waitForFunction(
      () => {
        const top = document.querySelector('#sy-tracker-results')?.getBoundingClientRect().top
        return top !== undefined && top >= 0 && top < 120
      },
      undefined,
      { timeout: 5000 },
    )
    expect(before!.y).toBeGreaterThan(300)
    expect(await page.evaluate(() => document.body.innerText)).not.toContain('示例老旧小区改造')
    expect(await seriousA11yViolations(page)).toEqual([])
    await screenshot(page, 'livelihood-list-filtered')

    await page.getByText('示例村卫生室标准化建设', { exact: true }).click()
    await page.waitForURL((u) => u.hash.includes(detailRoute('livelihood')), { timeout: 10000 })
    expect(decodeURIComponent(page.url())).toContain('id=village-clinics')
    await expectTexts(page, ['演示计划（虚构示例）', '完成进度', '进展节点', '演示用责任单位（虚构）', '来源'])
    expect(await seriousA11yViolations(page)).toEqual([])
    await screenshot(page, 'livelihood-detail')

    // Back on the list, the filter still holds.
    await page.goBack()
    await expectTexts(page, ['找到 1 项'])
  })
})

test('open a policy, then run the self-check and reach a suggested policy', async () => {
  const first = policies[0]!
  await journey(withQuery(detailRoute('policies'), { id: first.id }), async ({ page }) => {
    await expectTexts(page, [first.title, '谁能申请', '要带什么', '去哪里办', '打电话问', '本页内容整理于'])
    expect(await seriousA11yViolations(page)).toEqual([])
    await screenshot(page, 'policy-detail')

    await page.getByText('我能申请吗？做个自测').click()
    await page.waitForURL((u) => u.hash.includes(listRoute('policies')), { timeout: 10000 })
    // Opened straight into the self-check, it says at once that the answers stay on the phone.
    await expectTexts(page, ['您今年多大岁数？', '不想答的题可以跳过；回答不会被保存或发送。'])
    // Nothing answered yet: the button is drawn disabled, its words on its own white (NutUI painted them pink).
    const backgrounds = await page
      .locator('.sy-action--disabled')
      .first()
      .evaluate((button) =>
        Array.from(button.querySelectorAll('*'), (el) => getComputedStyle(el).backgroundColor).filter(
          (c) => c !== 'rgba(0, 0, 0, 0)' && c !== 'transparent',
        ),
      )
    expect(backgrounds).toEqual([])
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

test('read-aloud on a phone whose engine cannot speak: the button comes back and says so', async () => {
  // The browser's engine refuses every piece, as Chromium does with no voice installed.
  const noVoice = `(() => {
    const synth = window.speechSynthesis
    synth.speak = (u) => setTimeout(() => u.onerror && u.onerror({ error: 'synthesis-failed' }), 50)
  })()`
  await journey(
    withQuery(detailRoute('policies'), { id: 'dibao' }),
    async ({ page }) => {
      await page.getByText('朗读全文').click()
      await expectTexts(page, ['这台手机暂时不能朗读，可以请家人帮忙读一读', '朗读全文'])
      expect(await page.getByText('正在朗读…').count()).toBe(0)
    },
    { initScript: noVoice },
  )
})

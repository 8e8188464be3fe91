import { listRoute, withQuery } from '../support/routes'
import { expectTexts, h5Journeys } from '../support/browser'

const { journey } = h5Journeys()

test.each([
  ['80岁及以上', true],
  ['65到79岁', false],
])('a rural resident aged %s: 高龄津贴 shown as 很可能符合 = %s', async (age, shown) => {
  await journey(withQuery(listRoute('policies'), { check: '1' }), async ({ page }) => {
    await expectTexts(page, ['您今年多大岁数？'])
    await page.getByRole('radio', { name: age }).click()
    await page.getByRole('radio', { name: '本地农村户口' }).click()
    await page.getByText('看看哪些政策适合我').click()
    await expectTexts(page, ['很可能符合', '不是审批结果'])
    const likely = page.locator('.sy-check__result > .sy-check__suggestion .sy-check__suggestion-title')
    const titles = (await likely.allInnerTexts()).map((t) => t.trim())
    expect(titles).toContain('老人免费体检和居家养老服务')
    // The policy list below names every policy: look only at the self-check's result.
    const result = await page.locator('.sy-check__result').innerText()
    if (shown) expect(titles).toContain('高龄津贴：给岁数大的老人')
    else expect(result).not.toContain('高龄津贴')
    expect(result).not.toContain('高标准农田')
  })
})

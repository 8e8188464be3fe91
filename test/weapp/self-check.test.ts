import { listRoute } from '../support/routes'
import { openPage } from './harness'

/** The self-check's result (the policy list below it names every policy): from 很可能符合 to the disclaimer. */
function resultPart(text: string): string {
  const flat = text.replace(/\s+/g, '')
  const start = flat.indexOf('很可能符合（')
  expect(start).toBeGreaterThanOrEqual(0)
  return flat.slice(start, flat.indexOf('请注意', start))
}

/** The 很可能符合 group: up to 可以问问 or the closing note. */
function likelyPart(result: string): string {
  const ask = result.indexOf('可以问问（')
  return result.slice(0, ask >= 0 ? ask : result.indexOf('其余政策'))
}

test.each([
  ['80岁及以上', true],
  ['65到79岁', false],
])('a rural resident aged %s: 高龄津贴 shown as 很可能符合 = %s', async (age, shown) => {
  const { app, page } = await openPage(listRoute('policies'), { check: '1' })
  try {
    await page.tap(age)
    await page.tap('本地农村户口')
    await page.tap('看看哪些政策适合我')
    app.assertClean(`self-check ${age}`)
    const result = resultPart(page.text)
    const likely = likelyPart(result)
    expect(likely).toContain('老人免费体检和居家养老服务')
    if (shown) {
      expect(likely).toContain('高龄津贴：给岁数大的老人')
      expect(likely).toContain('符合的条件：户口在本地；80岁以上')
    } else {
      expect(result).not.toContain('高龄津贴')
    }
    // Not a personal benefit: never suggested.
    expect(result).not.toContain('高标准农田')
  } finally {
    app.close()
  }
})

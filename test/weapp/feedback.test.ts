import { MINE_ROUTE } from '../support/routes'
import { openPage } from './harness'

// 我的 → 意见反馈 opens WeChat's own feedback page: a real <button open-type="feedback">.
test('我的 offers WeChat feedback as a button with openType feedback', async () => {
  const { app, page } = await openPage(MINE_ROUTE)
  try {
    app.assertClean('mine')
    expect(page.text).toContain('意见反馈')
    const found = page.find('写意见反馈')
    expect(found).toBeDefined()
    expect(page.tagOf(found!.node)).toBe('button')
    expect(JSON.stringify(found!.node)).toContain('"feedback"')
    expect(page.text).not.toContain('网页版没有留言功能')
  } finally {
    app.close()
  }
})

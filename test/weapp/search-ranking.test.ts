import { SEARCH_ROUTE, detailRoute } from '../support/routes'
import { openPage } from './harness'

// Highlighted parts are separate text nodes: read the page as one line.
const oneLine = (text: string) => text.replace(/\s+/g, '')

test('梅花鹿 shows the festival first, above the groups, its dates said to be unannounced', async () => {
  const { app, page } = await openPage(SEARCH_ROUTE, { q: encodeURIComponent('梅花鹿') })
  try {
    app.assertClean('search?q=梅花鹿')
    const text = oneLine(page.text)
    // The summary names the festival, not its dates: no invented date is shown as fact.
    expect(text).toMatch(/最相关双阳梅花鹿节节庆·[^·]+日期待公布/)
    // The first group is the festival's.
    expect(text.indexOf('节庆活动')).toBeLessThan(text.indexOf('就业岗位'))
  } finally {
    app.close()
  }
})

test('梅花鹿 shows the festival once: its group lists and counts the two other events', async () => {
  const { app, page } = await openPage(SEARCH_ROUTE, { q: encodeURIComponent('梅花鹿') })
  try {
    app.assertClean('search?q=梅花鹿')
    const text = oneLine(page.text)
    expect(text).toContain('共找到6条')
    expect(text.split('双阳梅花鹿节')).toHaveLength(2)
    expect(text).toContain('节庆活动2条')
  } finally {
    app.close()
  }
})

test('梅花路节 finds nothing itself and offers the festival as 你是不是要找…', async () => {
  const { app, page } = await openPage(SEARCH_ROUTE, { q: encodeURIComponent('梅花路节') })
  try {
    app.assertClean('search?q=梅花路节')
    const text = oneLine(page.text)
    expect(text).toContain('你搜的是：\u2068梅花路节\u2069')
    expect(text).toContain('没有找到结果')
    expect(text).toMatch(/你是不是要找…双阳梅花鹿节/)
    // The title's sounded-alike part is marked, so the title is two text nodes.
    await page.tap('梅花鹿节')
    expect(JSON.stringify(app.navigations().at(-1)?.args)).toContain(`${detailRoute('events')}?id=meihualu-festival`)
  } finally {
    app.close()
  }
})

test('a hardship typed as a question (家里困难怎么办) puts 城乡低保 first, not 没有找到结果', async () => {
  const { app, page } = await openPage(SEARCH_ROUTE, { q: encodeURIComponent('家里困难怎么办') })
  try {
    app.assertClean('search?q=家里困难怎么办')
    const text = oneLine(page.text)
    expect(text).toContain('最相关城乡低保（最低生活保障）')
    expect(text).not.toContain('没有找到结果')
  } finally {
    app.close()
  }
})

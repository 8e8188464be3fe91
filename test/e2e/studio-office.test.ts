import type { Page } from 'playwright-core'
import { seriousA11yViolations, startH5, type H5Session } from '../support/browser'
import { serveStatic } from '../support/static-server'
import { choose, openStudio, studioDist } from '../support/studio'

/*
 * The studio as an office uses it: readable to everyone (axe: no serious or critical violation on any view),
 * at 125 % zoom on a 1280 × 800 screen (1024 × 640 CSS pixels), from the keyboard (Tab reaches a record,
 * Enter opens it, Escape backs out of a question, Ctrl+S saves), and the app's place rule beside its field.
 */

let session: H5Session

beforeAll(async () => {
  session = await startH5(await serveStatic(studioDist()))
})

afterAll(async () => {
  await session?.close()
})

const JOB = '梅花鹿饲养员'
const EVENT = '冰雪季（示例）'

test('axe finds no serious or critical violation on the list and form, a message, the pack and publishing views', async () => {
  const { page, errors, close } = await openStudio(session)
  try {
    const found: Record<string, unknown[]> = {}
    await page.locator('.studio-list').getByText(JOB, { exact: true }).click()
    found['岗位表单'] = await seriousA11yViolations(page)

    const title = page.getByLabel('岗位名称', { exact: true })
    await title.click()
    await title.press('End')
    await title.type('<b')
    await page.getByText('不能含有标记、脚本或链接代码').first().waitFor()
    found['字段旁的问题'] = await seriousA11yViolations(page)
    await title.press('Backspace')
    await title.press('Backspace')
    await title.type('甲')

    await page.getByRole('menuitem', { name: /内容包信息/ }).click()
    found['内容包信息'] = await seriousA11yViolations(page)
    await page.getByRole('menuitem', { name: /审核与发布/ }).click()
    await page.getByText('修改', { exact: true }).first().waitFor()
    found['审核与发布'] = await seriousA11yViolations(page)

    await page.setViewportSize({ width: 1024, height: 640 })
    await page.getByRole('menuitem', { name: /就业岗位/ }).click()
    found['125% 缩放'] = await seriousA11yViolations(page)

    expect(found).toEqual({ 岗位表单: [], 字段旁的问题: [], 内容包信息: [], 审核与发布: [], '125% 缩放': [] })
    expect(errors).toEqual([])
  } finally {
    await close()
  }
})

/** Every name a screen reader or the eye meets that holds Latin letters (a file name, antd's English names). */
async function englishOnScreen(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = []
    for (const el of Array.from(document.querySelectorAll('[aria-label], [title], [alt], [placeholder]'))) {
      for (const attribute of ['aria-label', 'title', 'alt', 'placeholder']) {
        const value = el.getAttribute(attribute)
        // Keyboard keys are named as printed on them (antd's zh_CN: 上一年 (Control键加左方向键)).
        if (value && /[A-Za-z]/.test(value.replace(/Control键/g, ''))) found.push(`${attribute}=${value}`)
      }
    }
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? ''
      if (/[A-Za-z]{2,}/.test(text) && (node.parentElement?.offsetParent ?? null) !== null) found.push(text.trim())
    }
    return [...new Set(found)]
  })
}

test('no name on screen or for a screen reader is English or a file name, on any collection’s list and form', async () => {
  const { page, errors, close } = await openStudio(session)
  try {
    const found: Record<string, string[]> = {}
    for (const collection of ['民生实事', '就业岗位', '节庆活动', '景点', '惠民政策']) {
      await page.getByRole('menuitem', { name: new RegExp(collection) }).click()
      await page.locator('.studio-list tbody tr').first().click()
      await page.locator('.studio-form').first().waitFor()
      found[collection] = await englishOnScreen(page)
    }
    // Popups antd draws later: a date picker's panel, a choice list.
    await page.getByRole('menuitem', { name: /节庆活动/ }).click()
    await page.locator('.studio-list tbody tr').first().click()
    await page.locator('.studio-form .ant-picker').first().click()
    await page.locator('.ant-picker-dropdown').first().waitFor()
    found['日期面板'] = await englishOnScreen(page)
    await page.keyboard.press('Escape')
    for (const view of ['内容包信息', '审核与发布']) {
      await page.getByRole('menuitem', { name: new RegExp(view) }).click()
      found[view] = await englishOnScreen(page)
    }
    expect(found).toEqual({
      民生实事: [],
      就业岗位: [],
      节庆活动: [],
      景点: [],
      惠民政策: [],
      日期面板: [],
      内容包信息: [],
      审核与发布: [],
    })
    expect(errors).toEqual([])
  } finally {
    await close()
  }
})

test('at 125 % zoom nothing needs sideways scrolling, and a record’s form and its phone preview both show', async () => {
  const { page, close } = await openStudio(session)
  try {
    await page.setViewportSize({ width: 1024, height: 640 })
    await page.locator('.studio-list').getByText(JOB, { exact: true }).click()
    const widths = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth])
    expect(widths[0]).toBeLessThanOrEqual(widths[1]!)
    // The header's tools stay on one row under the title (they used to take two more), named without file names.
    const middle = async (box: Promise<{ y: number; height: number } | null>) => {
      const b = await box
      return Math.round(b!.y + b!.height / 2)
    }
    const row = await middle(page.getByLabel('编辑人姓名').boundingBox())
    for (const tool of ['打开内置内容包', '打开内容包文件', '打开网址', '导出草稿', '导入草稿'])
      expect(
        Math.abs((await middle(page.getByRole('button', { name: tool }).boundingBox())) - row),
      ).toBeLessThanOrEqual(4)
    expect(await page.locator('.studio-header').textContent()).not.toMatch(/\.json/)
    for (const label of ['岗位名称', '用工单位']) {
      const box = await page.getByLabel(label, { exact: true }).boundingBox()
      expect(box).not.toBeNull()
      expect(box!.x).toBeGreaterThanOrEqual(0)
      expect(box!.x + box!.width).toBeLessThanOrEqual(1024)
    }
    const preview = page.locator('iframe[title="手机预览"]')
    await preview.scrollIntoViewIfNeeded()
    const box = await preview.boundingBox()
    expect(box!.x + box!.width).toBeLessThanOrEqual(1024)
  } finally {
    await close()
  }
})

test('a record chosen low in the list, the page scrolled down: its form opens with its top in view', async () => {
  const { page, close } = await openStudio(session)
  try {
    await page.setViewportSize({ width: 1280, height: 800 })
    const rows = page.locator('.studio-list .ant-table-row')
    await rows.last().scrollIntoViewIfNeeded()
    await rows.last().click()
    const heading = page.getByRole('heading', { name: '编辑就业岗位' })
    await heading.waitFor()
    const box = await heading.boundingBox()
    expect(box!.y).toBeGreaterThanOrEqual(0)
    expect(box!.y).toBeLessThan(800)
  } finally {
    await close()
  }
})

test('from the keyboard: Tab reaches a record and Enter opens it, Escape backs out, Ctrl+S saves the draft', async () => {
  const { page, close } = await openStudio(session)
  try {
    await page.getByPlaceholder('按标题搜索').focus()
    let reached = false
    for (let i = 0; i < 12 && !reached; i++) {
      await page.keyboard.press('Tab')
      reached = await page.evaluate(
        (job) => (document.activeElement as HTMLElement | null)?.innerText.startsWith(job) ?? false,
        JOB,
      )
    }
    expect(reached).toBe(true)
    await page.keyboard.press('Enter')
    await page.getByRole('heading', { name: '编辑就业岗位' }).waitFor()
    await page.getByLabel('岗位名称', { exact: true }).fill('梅花鹿饲养员（夜班）')

    // Opening another pack over an edited draft asks first; Escape keeps the draft.
    await page.getByRole('button', { name: '打开内置内容包' }).click()
    await page.getByRole('dialog').waitFor()
    await page.keyboard.press('Escape')
    await page.getByRole('dialog').waitFor({ state: 'hidden' })
    expect(await page.getByLabel('岗位名称', { exact: true }).inputValue()).toBe('梅花鹿饲养员（夜班）')

    await page.keyboard.press('Control+s')
    await page.getByText('草稿已保存', { exact: true }).waitFor()
  } finally {
    await close()
  }
})

test('an event held at an attraction but put in another town: the message beside 所在镇街, and publish stays off', async () => {
  const { page, errors, close } = await openStudio(session)
  try {
    await page.getByRole('menuitem', { name: /节庆活动/ }).click()
    await page.locator('.studio-list').getByText(EVENT, { exact: true }).click()
    await choose(page, '所在镇街', '云山街道')
    const message = page
      .locator('.ant-form-item')
      .filter({ has: page.getByLabel('所在镇街', { exact: true }) })
      .locator('.ant-form-item-explain-error')
    await message.filter({ hasText: '在景点「冰雪乐园（示例）」举办，镇街应与景点相同（山河街道）' }).first().waitFor()
    await page.getByLabel('编辑人姓名').fill('王编辑')
    await page.getByRole('menuitem', { name: /审核与发布/ }).click()
    expect(await page.getByRole('button', { name: '发布（下载文件）' }).isDisabled()).toBe(true)

    await page.getByRole('menuitem', { name: /节庆活动/ }).click()
    await page.locator('.studio-list').getByText(EVENT, { exact: true }).click()
    await choose(page, '所在镇街', '山河街道')
    await message.first().waitFor({ state: 'detached' })
    expect(errors).toEqual([])
  } finally {
    await close()
  }
})

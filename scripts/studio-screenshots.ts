/*
 * `npm run studio:screenshots`: pictures of the content studio for docs/studio.md and the README, into
 * docs/screenshots/studio-*.png, from dist/studio (npm run build:studio first) in Debian's Chromium at the
 * pinned test moment. Nothing is downloaded; the browser only talks to the local server.
 */
import fs from 'node:fs'
import path from 'node:path'
import { startH5 } from '../test/support/browser'
import { repoRoot } from '../test/support/paths'
import { serveStatic } from '../test/support/static-server'
import { downloadsOf, openStudio, pickDate, studioDist } from '../test/support/studio'

const outDir = path.join(repoRoot, 'docs', 'screenshots')

async function main(): Promise<void> {
  fs.mkdirSync(outDir, { recursive: true })
  const session = await startH5(await serveStatic(studioDist()))
  const studio = await openStudio(session)
  const { page } = studio
  const shot = async (name: string) => {
    await page.waitForTimeout(1500)
    await page.screenshot({ path: path.join(outDir, `studio-${name}.png`) })
    console.log(`studio-screenshots: docs/screenshots/studio-${name}.png`)
  }
  try {
    await page.getByLabel('编辑人姓名').fill('王编辑')
    await shot('open')
    await page.locator('.studio-list').getByText('鹿产品加工车间操作工', { exact: true }).click()
    await pickDate(page, '截止日期', '2027-01-10')
    await page.frameLocator('iframe[title="手机预览"]').getByText('2027年1月10日').first().waitFor({ timeout: 20_000 })
    await shot('edit')
    const title = page.getByLabel('岗位名称', { exact: true })
    await title.fill('鹿产品加工车间操作工 13800138000')
    await page.getByText('不能写真实格式的手机号', { exact: false }).first().waitFor()
    await shot('check')
    await title.fill('鹿产品加工车间操作工')
    await page.getByRole('menuitem', { name: /审核与发布/ }).click()
    await page.getByLabel('审核人姓名').fill('李审核')
    await page.getByRole('button', { name: '审核通过' }).click()
    await page.getByText('李审核 已审核通过这份更改清单').waitFor()
    await shot('review')
    await downloadsOf(page, () => page.getByRole('button', { name: '发布（下载文件）' }).click(), 3)
    await page.getByRole('menuitem', { name: /就业岗位/ }).click()
    await page.locator('.studio-list').getByText('鹿产品加工车间操作工', { exact: true }).click()
    await pickDate(page, '截止日期', '2027-02-20')
    await page.getByRole('menuitem', { name: /审核与发布/ }).click()
    await page.getByLabel('审核人姓名').fill('李审核')
    await page.getByRole('button', { name: '审核通过' }).click()
    await downloadsOf(page, () => page.getByRole('button', { name: '发布（下载文件）' }).click(), 3)
    await page
      .getByRole('listitem')
      .filter({ hasText: '第 2 版' })
      .getByRole('button', { name: '恢复到这个版本' })
      .click()
    await page.getByText('截止日期：2027-02-20 → 2027-01-10').waitFor()
    await shot('rollback')
  } finally {
    await studio.close()
    await session.close()
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})

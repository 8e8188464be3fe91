import fs from 'node:fs'
import path from 'node:path'
import type { BrowserContext, Download, Page } from 'playwright-core'
import { pinnedDateScript } from './clock'
import { repoRoot } from './paths'
import type { H5Session } from './browser'

/*
 * The content studio in Chromium, at a desktop size (1280 × 800), with downloads kept: what `npm run build`
 * writes into dist/studio (SY_STUDIO_DIST points elsewhere), its phone preview in dist/studio/preview.
 */

export function studioDist(): string {
  return path.resolve(repoRoot, process.env.SY_STUDIO_DIST || 'dist/studio')
}

export const DESKTOP = { width: 1280, height: 800 }

export interface OpenedStudio {
  context: BrowserContext
  page: Page
  errors: string[]
  close(): Promise<void>
}

export async function openStudio(
  session: H5Session,
  options: { context?: BrowserContext; initScript?: string } = {},
): Promise<OpenedStudio> {
  const context =
    options.context ?? (await session.browser.newContext({ viewport: DESKTOP, locale: 'zh-CN', acceptDownloads: true }))
  if (!options.context) {
    await context.addInitScript({ content: pinnedDateScript() })
    if (options.initScript) await context.addInitScript({ content: options.initScript })
  }
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`))
  await page.goto(`${session.server.origin}/index.html`)
  await page.getByRole('heading', { name: '智慧双阳 内容编辑台' }).waitFor()
  return { context, page, errors, close: () => context.close() }
}

/** Every download a click starts, read as text, by file name. */
export async function downloadsOf(
  page: Page,
  click: () => Promise<void>,
  count: number,
): Promise<Record<string, string>> {
  const files: Record<string, string> = {}
  const done = new Promise<void>((resolve) => {
    const onDownload = async (d: Download) => {
      const file = await d.path()
      files[d.suggestedFilename()] = fs.readFileSync(file, 'utf8')
      if (Object.keys(files).length >= count) {
        page.off('download', onDownload)
        resolve()
      }
    }
    page.on('download', onDownload)
  })
  await click()
  await done
  return files
}

/** Types a date into an antd date picker (labelled) and confirms it with Enter. */
export async function pickDate(page: Page, label: string, value: string): Promise<void> {
  const input = page.getByLabel(label, { exact: true })
  await input.click()
  await input.fill(value)
  await input.press('Enter')
  // Taken, and its panel closed: a click on the next field must not land while this panel is still closing
  // (under load it was swallowed and the next date never set).
  await page.waitForFunction(
    ([id, typed]) => (document.getElementById(id) as HTMLInputElement | null)?.value === typed,
    [(await input.getAttribute('id')) ?? '', value] as const,
  )
  await page.locator('.ant-picker-dropdown:not(.ant-picker-dropdown-hidden)').waitFor({ state: 'hidden' })
}

/** Picks an option of an antd select by its label. */
export async function choose(page: Page, label: string, option: string): Promise<void> {
  // The select's own text sits over its search input: click through it, as a person's click lands on the box.
  await page.getByLabel(label, { exact: true }).click({ force: true })
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option }).first().click()
}

/*
 * `npm run screenshots`: renders the H5 build (dist/h5, or SY_H5_DIST) in Debian's Chromium at the
 * pinned test moment and writes the pictures the README shows into docs/screenshots/. Build first
 * (`npm run build:h5`). Nothing is downloaded; the browser only talks to the local server.
 */
import fs from 'node:fs'
import path from 'node:path'
import { expectTexts, h5Url, openRoute, startH5 } from '../test/support/browser'
import { repoRoot } from '../test/support/paths'

const outDir = path.join(repoRoot, 'docs', 'screenshots')

interface Shot {
  file: string
  route: string
  texts: string[]
  elder?: boolean
  desktop?: boolean
}

const shots: Shot[] = [
  { file: 'home.png', route: 'pages/index/index', texts: ['智慧双阳', '民生实事'] },
  { file: 'tracker.png', route: 'packages/livelihood/pages/list/index', texts: ['2022年工作总结怎么说'] },
  { file: 'festival.png', route: 'packages/events/pages/detail/index?id=meihualu-festival', texts: ['梅花鹿节'] },
  {
    file: 'policy-elder.png',
    route: 'packages/policies/pages/detail/index?id=dibao',
    texts: ['谁能申请'],
    elder: true,
  },
  { file: 'home-desktop.png', route: 'pages/index/index', texts: ['智慧双阳', '民生实事'], desktop: true },
]

async function main(): Promise<void> {
  fs.mkdirSync(outDir, { recursive: true })
  const session = await startH5()
  try {
    for (const shot of shots) {
      const opened = await openRoute(session, shot.elder ? 'pages/index/index' : shot.route)
      try {
        const { page } = opened
        if (shot.desktop) await page.setViewportSize({ width: 1280, height: 800 })
        if (shot.elder) {
          await expectTexts(page, ['长辈版'])
          await page.locator('.sy-elder__row').first().click()
          await expectTexts(page, ['已打开'])
          await page.goto(h5Url(session.server.origin, shot.route), { waitUntil: 'networkidle' })
          await page.reload({ waitUntil: 'networkidle' })
        }
        await expectTexts(page, shot.texts)
        await page.waitForTimeout(300)
        await page.screenshot({ path: path.join(outDir, shot.file) })
        if (opened.errors.length > 0) throw new Error(`${shot.route}: ${opened.errors.join('\n')}`)
        process.stdout.write(`docs/screenshots/${shot.file}\n`)
      } finally {
        await opened.close()
      }
    }
  } finally {
    await session.close()
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})

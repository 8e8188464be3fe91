import { embeddedPack } from '@/content/index'
import { expectTexts, h5Journeys } from '../support/browser'

/*
 * Only the studio's preview build takes a pack from another window. The public H5 build ignores one posted
 * exactly as the studio posts it (same origin, from the window that frames it), and one posted to itself.
 */

const { journey } = h5Journeys()

const JOB = embeddedPack.jobs[0]!
const POSTED_TITLE = '别的窗口发来的岗位名称'

function postedPack(): string {
  const pack = JSON.parse(JSON.stringify(embeddedPack))
  pack.version = 99
  pack.jobs[0].title = POSTED_TITLE
  return JSON.stringify(pack)
}

test('the public H5 build ignores a pack posted from the window that frames it, or to itself', async () => {
  await journey(`packages/jobs/pages/detail/index?id=${JOB.id}`, async ({ page }) => {
    await expectTexts(page, [JOB.title])
    const framedShows = await page.evaluate(
      async ({ text, id }) => {
        const frame = document.createElement('iframe')
        frame.src = `${window.location.origin}/#/packages/jobs/pages/detail/index?id=${id}`
        frame.style.width = '375px'
        frame.style.height = '600px'
        document.body.appendChild(frame)
        await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }))
        await new Promise((resolve) => setTimeout(resolve, 1500))
        const message = { type: 'sy-studio-draft', text, elderMode: true }
        frame.contentWindow!.postMessage(message, window.location.origin)
        window.postMessage(message, window.location.origin)
        await new Promise((resolve) => setTimeout(resolve, 1500))
        return frame.contentDocument!.body.innerText
      },
      { text: postedPack(), id: JOB.id },
    )
    expect(framedShows).toContain(JOB.title)
    expect(framedShows).not.toContain(POSTED_TITLE)
    const topShows = await page.evaluate(() => document.body.innerText)
    expect(topShows).not.toContain(POSTED_TITLE)
  })
})

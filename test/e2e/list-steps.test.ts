import { expectTexts, h5Journeys } from '../support/browser'
import { listRoute } from '../support/routes'

/*
 * H5 draws a list's step in parts: the page opens with its filters and count, the first 6 cards (about a phone's
 * screen) follow at once and the rest of the step in idle moments, so no single task draws 20 cards at once.
 * The count at the list's end appears once the step is drawn, never naming cards that are not there yet.
 * Today's content: 24 policies.
 */
const { journey } = h5Journeys()

/** Samples, every frame, how many cards are drawn and whether the list's end (its count and button) shows. */
const SAMPLE_FRAMES = `
window.__frames = []
const sample = () => {
  const cards = document.querySelectorAll('.sy-policy-card').length
  const end = document.querySelector('.sy-list-more') !== null
  const last = window.__frames[window.__frames.length - 1]
  if (!last || last[0] !== cards || last[1] !== end) window.__frames.push([cards, end])
  requestAnimationFrame(sample)
}
requestAnimationFrame(sample)
`

test('policies: the first part holds 6 cards, the rest of the step follows, then the count at its end', async () => {
  await journey(
    listRoute('policies'),
    async ({ page }) => {
      await expectTexts(page, ['已显示 20 项政策，共 24 项政策'])
      const frames = await page.evaluate(() => (window as unknown as { __frames: Array<[number, boolean]> }).__frames)
      const drawn = frames.filter(([cards]) => cards > 0)
      expect(drawn[0]).toEqual([6, false])
      expect(drawn[drawn.length - 1]).toEqual([20, true])
      // Cards only ever arrive, and the list's end shows only under a whole step.
      for (let i = 1; i < drawn.length; i++) expect(drawn[i]![0]).toBeGreaterThanOrEqual(drawn[i - 1]![0])
      expect(drawn.filter(([cards, end]) => end && cards < 20)).toEqual([])

      // Tapped where it is: scrolling it into view would bring the page's end near, and onReachBottom adds the
      // step before the tap lands.
      await page.getByText('再显示 4 项政策').dispatchEvent('click')
      await expectTexts(page, ['已显示全部 24 项政策'])
      expect(await page.locator('.sy-policy-card:visible').count()).toBe(24)
    },
    { initScript: SAMPLE_FRAMES },
  )
})

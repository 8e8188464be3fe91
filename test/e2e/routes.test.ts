import { routeCases, withQuery } from '../support/routes'
import { expectTexts, openRoute, screenshot, seriousA11yViolations, startH5, type H5Session } from '../support/browser'

// Every route opened cold at a phone viewport: the text it must show, no
// uncaught error, no request off the local server, no serious a11y problem.
let session: H5Session

beforeAll(async () => {
  session = await startH5()
})

afterAll(async () => {
  await session?.close()
})

describe.each(routeCases().map((c) => [c.name, c] as const))('%s', (name, c) => {
  test('shows its text, stays local, passes axe (serious/critical)', async () => {
    if (c.missing) throw new Error(c.missing)
    const opened = await openRoute(session, withQuery(c.route, c.query))
    try {
      await expectTexts(opened.page, c.expect)
      await screenshot(opened.page, name)
      expect(opened.errors).toEqual([])
      expect(opened.foreign).toEqual([])
      expect(await seriousA11yViolations(opened.page)).toEqual([])
    } finally {
      await opened.close()
    }
  })
})

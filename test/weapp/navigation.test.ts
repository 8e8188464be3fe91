import { embeddedPack } from '@/content/index'
import { HOME_ROUTE, detailRoute, UNKNOWN_ID } from '../support/routes'
import { WeappApp, openPage } from './harness'

// WeChat's navigation bar: a detail page shows its record's title there, and an
// address the mini-program does not have goes home instead of WeChat's error page.
function titlesSet(app: WeappApp): string[] {
  return app.calls
    .filter((c) => c.api === 'setNavigationBarTitle')
    .map((c) => String((c.args[0] as { title?: unknown }).title))
}

const records = [
  ['livelihood', embeddedPack.livelihood[0]!.id, embeddedPack.livelihood[0]!.title],
  ['jobs', embeddedPack.jobs[0]!.id, embeddedPack.jobs[0]!.title],
  ['events', embeddedPack.events[0]!.id, embeddedPack.events[0]!.title],
  ['attractions', embeddedPack.attractions[0]!.id, embeddedPack.attractions[0]!.name],
  ['policies', embeddedPack.policies[0]!.id, embeddedPack.policies[0]!.title],
] as const

test.each(records)('the %s detail page sets the navigation-bar title to the record (%s)', async (domain, id, title) => {
  const { app } = await openPage(detailRoute(domain), { id })
  try {
    app.assertClean(`${domain} detail`)
    const titles = titlesSet(app)
    expect(titles.length).toBeGreaterThan(0)
    expect(titles[titles.length - 1]).toBe(title)
  } finally {
    app.close()
  }
})

test('an unknown id titles the page 未找到', async () => {
  const { app } = await openPage(detailRoute('jobs'), { id: UNKNOWN_ID })
  try {
    expect(titlesSet(app).pop()).toBe('未找到')
  } finally {
    app.close()
  }
})

test('onPageNotFound sends the user home', async () => {
  const app = await WeappApp.launch()
  try {
    await app.pageNotFound('pages/doesnotexist/index')
    app.assertClean('onPageNotFound')
    const nav = app.navigations()
    expect(nav.length).toBe(1)
    expect(nav[0]?.api).toBe('reLaunch')
    expect(JSON.stringify(nav[0]?.args)).toContain(HOME_ROUTE)
  } finally {
    app.close()
  }
})

import { detailRoute, HOME_ROUTE } from '../support/routes'
import { openPage, WX_FAILURES, type HarnessOptions, type WeappApp, type WeappPage, type WxFailure } from './harness'

/*
 * WeChat's privacy interfaces (添加到日历, 复制) and the map, failing the ways a
 * real phone makes them fail: errno 112 (not declared in the account's privacy
 * guide), 104 (privacy popup refused), 103 (popup with a permission refused),
 * and a calendar permission switched off. Each must show a calm, accurate
 * notice carrying what to note down instead, and nothing may crash.
 */

// horse-show-week (events.json, a sample event): annual, 07-10 14:00 to 07-12 17:30; at the
// pinned moment (2026-11-26) its next run is in 2027. (A real festival whose dates are not
// announced offers no calendar entry at all.)
const FESTIVAL = 'horse-show-week'
const FESTIVAL_TITLE = '马术表演周（示例）'
const FESTIVAL_WHEN = '2027年7月10日 14:00 至 7月12日 17:30'

async function withPage(
  route: string,
  query: Record<string, string>,
  options: HarnessOptions,
  steps: (page: WeappPage, app: WeappApp) => Promise<void>,
) {
  const { app, page } = await openPage(route, query, options)
  try {
    app.assertClean(route)
    await steps(page, app)
    app.assertClean(`${route} after steps`)
  } finally {
    app.close()
  }
}

function modals(app: WeappApp) {
  return app.callsTo('showModal') as Array<{ title?: string; content?: string; confirmText?: string }>
}

function toasts(app: WeappApp): string[] {
  return app.callsTo('showToast').map((t) => String(t.title))
}

describe('添加到日历 when WeChat refuses', () => {
  const cases: Array<[string, WxFailure, string, boolean]> = [
    ['errno 112: not in the privacy guide', WX_FAILURES.undeclared, '暂时不能添加到日历', false],
    ['errno 104: privacy popup refused', WX_FAILURES.consentRefused, '需要先同意隐私说明', false],
    [
      'errno 103: popup with the calendar permission refused',
      WX_FAILURES.consentAndPermissionRefused,
      '日历权限被关闭',
      true,
    ],
    ['calendar permission switched off (auth deny)', WX_FAILURES.authDeny, '日历权限被关闭', true],
  ]

  it.each(cases)('%s', async (_label, failure, title, offersSettings) => {
    await withPage(
      detailRoute('events'),
      { id: FESTIVAL },
      { failures: { addPhoneCalendar: failure } },
      async (page, app) => {
        await page.tap('添加到日历')
        expect(app.callsTo('addPhoneCalendar')).toHaveLength(1)
        const shown = modals(app)
        expect(shown).toHaveLength(1)
        expect(shown[0]?.title).toBe(title)
        expect(shown[0]?.content).toContain(`“${FESTIVAL_TITLE}”的时间：\n${FESTIVAL_WHEN}`)
        expect(shown[0]?.confirmText).toBe(offersSettings ? '去设置' : '知道了')
        // The harness's modal answers with its confirm button: 去设置 opens WeChat's settings.
        expect(app.callsTo('openSetting')).toHaveLength(offersSettings ? 1 : 0)
        expect(toasts(app)).not.toContain('已添加到手机日历')
        expect(page.text).toContain('添加到日历')
      },
    )
  })

  it('a denied permission, 去设置 declined: settings stay closed, the page goes on', async () => {
    await withPage(
      detailRoute('events'),
      { id: FESTIVAL },
      { failures: { addPhoneCalendar: WX_FAILURES.authDeny }, modalAnswer: { confirm: false, cancel: true } },
      async (page, app) => {
        await page.tap('添加到日历')
        expect(modals(app)[0]?.title).toBe('日历权限被关闭')
        expect(app.callsTo('openSetting')).toHaveLength(0)
        // Permission turned back on: the next tap adds the event.
        app.failWith('addPhoneCalendar', undefined)
        await page.tap('添加到日历')
        expect(toasts(app)).toContain('已添加到手机日历')
      },
    )
  })

  it('settings that fail to open are not a crash', async () => {
    await withPage(
      detailRoute('events'),
      { id: FESTIVAL },
      { failures: { addPhoneCalendar: WX_FAILURES.authDeny, openSetting: { errMsg: 'unknown' } } },
      async (page, app) => {
        await page.tap('添加到日历')
        expect(app.callsTo('openSetting')).toHaveLength(1)
      },
    )
  })

  it('a cancelled add says nothing', async () => {
    await withPage(
      detailRoute('events'),
      { id: FESTIVAL },
      { failures: { addPhoneCalendar: WX_FAILURES.cancel } },
      async (page, app) => {
        await page.tap('添加到日历')
        expect(modals(app)).toEqual([])
        expect(toasts(app)).toEqual([])
      },
    )
  })
})

describe('复制 when WeChat refuses', () => {
  // Home's 12345 tile dials; where dialling is impossible the number is copied
  // instead, and that copy is a privacy interface.
  const cannotDial = { errMsg: 'not supported' }
  const cases: Array<[string, WxFailure, string, string]> = [
    ['errno 112', WX_FAILURES.undeclared, '暂时不能复制', '本小程序还没有开通复制功能。请手动记下：\n12345'],
    ['errno 104', WX_FAILURES.consentRefused, '需要先同意隐私说明', '再点一次即可。也可以请手动记下：\n12345'],
    ['errno 103', WX_FAILURES.consentAndPermissionRefused, '没有复制权限', '请手动记下：\n12345'],
  ]

  it.each(cases)('%s', async (_label, failure, title, content) => {
    await withPage(
      HOME_ROUTE,
      {},
      { failures: { makePhoneCall: cannotDial, setClipboardData: failure } },
      async (page, app) => {
        await page.tap('12345热线')
        expect(app.callsTo('makePhoneCall')[0]).toMatchObject({ phoneNumber: '12345' })
        expect(app.callsTo('setClipboardData')[0]).toMatchObject({ data: '12345' })
        const shown = modals(app)
        expect(shown).toHaveLength(1)
        expect(shown[0]?.title).toBe(title)
        expect(shown[0]?.content).toContain(content)
        expect(app.callsTo('openSetting')).toHaveLength(0)
        expect(toasts(app).some((t) => t.includes('号码已复制'))).toBe(false)
      },
    )
  })

  it('a copy that works says the number was copied', async () => {
    await withPage(HOME_ROUTE, {}, { failures: { makePhoneCall: cannotDial } }, async (page, app) => {
      await page.tap('12345热线')
      expect(toasts(app)).toContain('请拨打 12345（号码已复制）')
      expect(modals(app)).toEqual([])
    })
  })
})

test('the map, refused, gives the address instead', async () => {
  await withPage(
    detailRoute('events'),
    // The real festival has no place of ours to map; the ice and snow season is at the sample snow park.
    { id: 'ice-snow-season' },
    { failures: { openLocation: WX_FAILURES.undeclared } },
    async (page, app) => {
      await page.tap('在地图中查看')
      expect(modals(app)[0]).toMatchObject({
        title: '暂时不能打开地图',
        content: '本小程序还没有开通地图功能。地址：\n冰雪乐园（示例），双阳区山河街道（示例地址）',
      })
    },
  )
})

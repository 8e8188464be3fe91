import { detailRoute, type Domain } from '../support/routes'
import { openPage, WX_FAILURES, type HarnessOptions, type TreeNode, type WeappPage } from './harness'
import { findAll } from './view'

/*
 * Moments' single-page mode (scene 1154): WeChat runs the shared page alone,
 * without navigation, tab bar, `button open-type` or the app's storage. The
 * harness refuses navigation and 设置 there and reports any call as a problem,
 * so tapping every control on the page proves none of them is dead.
 */

const SINGLE_PAGE_LINE = '朋友圈里只能查看这一页。收藏、转发和更多内容，请打开“智慧双阳”小程序使用完整服务。'
// Controls that cannot work in single-page mode, by their whole label.
const DEAD_CONTROLS = ['回到首页', '转发给微信好友', '收藏', '已收藏', '我能申请吗？做个自测']
const DEAD_HINTS = ['分享到朋友圈：点右上角', '看看全部']

function lines(page: WeappPage): string[] {
  return page.text.split('\n')
}

const RECORDS: Array<[Domain, string]> = [
  ['livelihood', 'school-153-relocation'],
  ['jobs', 'luxiang-deer-keeper'],
  ['events', 'meihualu-festival'],
  ['attractions', 'lufeng-resort'],
  ['policies', 'dibao'],
]

function fromMoments(domain: Domain, id: string, extra: HarnessOptions = {}): HarnessOptions {
  return { scene: 1154, launchPath: detailRoute(domain), launchQuery: { id }, ...extra }
}

/** Every element whose compiled template listens for taps. */
function tappable(page: WeappPage): string[] {
  const out: string[] = []
  const walk = (node: TreeNode): void => {
    for (const child of node.cn ?? []) {
      const tpl = child.nn !== undefined ? page.app.templates.get(child.nn) : undefined
      if (child.sid && tpl && (tpl.bind.has('tap') || tpl.catch.has('tap'))) out.push(child.sid)
      walk(child)
    }
  }
  walk(page.root)
  return out
}

/**
 * WeChat's <button open-type> (share, feedback) does nothing in single-page mode: none may be left.
 * Plain buttons (NutUI's Button draws one) are tapped like every other control below.
 */
function buttonCount(page: WeappPage): number {
  return findAll(page.view.tree, (n) => n.tag === 'button' && !!n.attrs['open-type']).length
}

describe.each(RECORDS)('%s detail opened from moments (scene 1154)', (domain, id) => {
  it('is content only: the plain line, no dead control, every tap works', async () => {
    const { app, page } = await openPage(detailRoute(domain), { id }, fromMoments(domain, id))
    try {
      app.assertClean(`${domain} ${id}`)
      expect(page.text).toContain(SINGLE_PAGE_LINE)
      for (const dead of DEAD_CONTROLS) expect(lines(page)).not.toContain(dead)
      for (const dead of DEAD_HINTS) expect(page.text).not.toContain(dead)
      expect(buttonCount(page)).toBe(0)
      for (const sid of tappable(page)) {
        if (page.find(`#${sid}`)) await page.tap(`#${sid}`)
      }
      expect(app.navigations()).toEqual([])
      expect(app.callsTo('openSetting')).toEqual([])
      app.assertClean(`${domain} ${id} after tapping every control`)
    } finally {
      app.close()
    }
  })
})

test('the same page opened normally (cold, from a chat share) keeps its controls', async () => {
  const { app, page } = await openPage(detailRoute('policies'), { id: 'dibao' }, { scene: 1007 })
  try {
    expect(page.text).not.toContain(SINGLE_PAGE_LINE)
    for (const control of ['回到首页', '转发给微信好友', '收藏', '我能申请吗？做个自测'])
      expect(lines(page)).toContain(control)
    expect(buttonCount(page)).toBe(1)
    app.assertClean('dibao from a chat')
  } finally {
    app.close()
  }
})

test('a missing record in single-page mode offers no way on that cannot work', async () => {
  const { app, page } = await openPage(detailRoute('jobs'), { id: 'no-such-job' }, fromMoments('jobs', 'no-such-job'))
  try {
    expect(page.text).toContain('未找到这个岗位')
    expect(page.text).toContain(SINGLE_PAGE_LINE)
    expect(lines(page)).not.toContain('回到首页')
    expect(page.text).not.toContain('看看全部')
    app.assertClean('missing job from moments')
  } finally {
    app.close()
  }
})

test('a refused calendar in single-page mode: the time to note down, no 去设置', async () => {
  const { app, page } = await openPage(
    detailRoute('events'),
    { id: 'horse-show-week' },
    fromMoments('events', 'horse-show-week', { failures: { addPhoneCalendar: WX_FAILURES.authDeny } }),
  )
  try {
    await page.tap('添加到日历')
    const modal = app.callsTo('showModal')[0]
    expect(modal).toMatchObject({ title: '日历权限被关闭', confirmText: '知道了', showCancel: false })
    expect(String(modal?.content)).toContain('2027年7月10日 14:00 至 7月12日 17:30')
    expect(app.callsTo('openSetting')).toEqual([])
    app.assertClean('calendar in single-page mode')
  } finally {
    app.close()
  }
})

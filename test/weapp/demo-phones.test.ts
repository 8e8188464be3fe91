import { detailRoute } from '../support/routes'
import { openPage } from './harness'

// policies.json, dibao: 12345 and a fictional 0431-00001001 for the town window.
// The windows of every town are one generic party with no number of ours: the policy points to 12345.
test('a policy dials its public hotline and shows no number of ours for the towns’ windows', async () => {
  const { app, page } = await openPage(detailRoute('policies'), { id: 'dibao' })
  try {
    app.assertClean('dibao')
    expect(page.text).toContain('拨打 12345')
    expect(page.text).toContain('乡镇（街道）社会救助窗口')
    expect(page.text).not.toMatch(/0431-0000\d{3,4}|示例号码/)
    expect(app.callsTo('makePhoneCall')).toEqual([])
    await page.tap('拨打 12345')
    expect(app.callsTo('makePhoneCall')).toEqual([expect.objectContaining({ phoneNumber: '12345' })])
    app.assertClean('dibao after taps')
  } finally {
    app.close()
  }
})

// events.json: ice-snow-season's contact is the sample snow park's 0431-00002011 (fictional), as is
// attractions.json: snow-park's phone.
test.each([
  ['events', 'ice-snow-season', '拨打咨询电话'],
  ['attractions', 'snow-park', '拨打电话'],
] as const)('%s detail: the demo number is 示例号码 with no %s button', async (domain, id, button) => {
  const { app, page } = await openPage(detailRoute(domain), { id })
  try {
    app.assertClean(id)
    expect(page.text).toContain('示例号码')
    expect(page.text).toContain('演示内容里的电话，不能拨打；需要咨询可拨 12345')
    expect(page.text).not.toContain(button)
    expect(page.text).not.toMatch(/0431-0000\d{3,4}/)
    expect(app.callsTo('makePhoneCall')).toEqual([])
    // Where to ask instead is one tap away.
    await page.tap('拨打 12345 咨询')
    expect(app.callsTo('makePhoneCall')).toEqual([expect.objectContaining({ phoneNumber: '12345' })])
  } finally {
    app.close()
  }
})

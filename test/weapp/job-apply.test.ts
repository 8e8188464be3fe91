import { detailRoute } from '../support/routes'
import { openPage } from './harness'

// Written from jobs.json and policies.json by hand: a 公益岗位 post with its own steps.
test('a job post says how to apply, puts 12333 one tap away and links the employment policies', async () => {
  const { app, page } = await openPage(detailRoute('jobs'), { id: 'sheling-road-sweeper' })
  try {
    app.assertClean('job detail')
    for (const text of [
      '怎么报名',
      '1. 先到户籍所在村（社区）委员会报名，说清想干哪个岗位。',
      '身份证、户口簿、本人银行卡或社保卡',
      '报名不收钱。要您先交钱、押证件的，不要去；找工作有难处也可以问人社服务热线。',
      '找工作的帮扶政策',
      '丢了工作怎么办：失业登记和失业保险金 ›',
    ])
      expect(page.text).toContain(text)
    await page.tap('拨打人社服务热线')
    expect(app.callsTo('makePhoneCall')).toEqual([expect.objectContaining({ phoneNumber: '12333' })])
    await page.tap('免费学手艺：职业技能培训 ›')
    expect(app.navigations().at(-1)?.args[0]).toEqual(
      expect.objectContaining({ url: '/packages/policies/pages/detail/index?id=jineng-peixun' }),
    )
    app.assertClean('job detail after taps')
  } finally {
    app.close()
  }
})

test('a demo post does not tell her to dial its demo number: the step says so and names 12333', async () => {
  const { app, page } = await openPage(detailRoute('jobs'), { id: 'luxiang-deer-keeper' })
  try {
    app.assertClean('demo job detail')
    expect(page.text).toContain('这是示例岗位，电话不能拨打；找工作的事可以拨打 12333 问问。')
    expect(page.text).not.toContain('先打电话给')
  } finally {
    app.close()
  }
})

import fs from 'node:fs'
import path from 'node:path'
import { weappDist } from '../support/paths'
import { detailRoute, listRoute } from '../support/routes'
import { WeappApp } from './harness'

// A domain's subpackage carries its records' list fields only; a detail page loads its whole record from one part
// of the domain's records, a subpackage of its own loaded with require.async (src/domain/parts.ts). Texts written
// by hand from src/content: a job and a policy, and words found only in their whole records.
const JOB = { id: 'luxiang-deer-keeper', title: '梅花鹿饲养员', duty: '按时投喂草料和精饲料，清理鹿舍' }
const POLICY = { id: 'dibao', title: '城乡低保（最低生活保障）', bring: '全家人的身份证和户口簿。' }
const WHOLE_PART = /^packages\/digest-whole-([a-z]+)-\d+\/index\.js$/

const wholeRoots = (): string[] =>
  (
    JSON.parse(fs.readFileSync(path.join(weappDist(), 'app.json'), 'utf8')) as {
      subPackages: Array<{ root: string }>
    }
  ).subPackages
    .map((s) => s.root)
    .filter((r) => r.startsWith('packages/digest-whole-'))

test('a list loads no whole record: its records travel with its page', async () => {
  const app = await WeappApp.launch({ lazyLoad: { hold: true } })
  try {
    const list = await app.open(listRoute('jobs'))
    expect(list.text).toContain(JOB.title)
    expect(list.text).not.toContain('正在载入')
    expect(app.lazyLoads().filter((f) => WHOLE_PART.test(f))).toEqual([])
    app.assertClean('jobs list, loads held')
  } finally {
    app.close()
  }
})

test('a detail page whose part is late: a calm line, then the whole record from one part of its own domain', async () => {
  const app = await WeappApp.launch({ lazyLoad: { hold: true } })
  try {
    const page = await app.open(detailRoute('jobs'), { id: JOB.id })
    expect(page.text).toContain('正在载入详细内容…')
    expect(page.text).not.toContain(JOB.duty)
    expect(page.text).not.toContain('未找到')
    const parts = app.lazyLoads().filter((f) => WHOLE_PART.test(f))
    expect(parts).toHaveLength(1)
    expect(parts[0]).toMatch(/^packages\/digest-whole-jobs-/)
    await app.releaseLazyLoads()
    expect(page.text).not.toContain('正在载入')
    expect(page.text).toContain(JOB.duty)
    expect(page.text).toContain('岗位职责')
    app.assertClean('job detail, part late')
  } finally {
    app.close()
  }
})

test('a detail page whose part fails: 暂时没能载入 with 重试, logged once per failure, and 重试 brings it', async () => {
  const app = await WeappApp.launch({ lazyLoad: { fail: wholeRoots() } })
  try {
    expect(wholeRoots().length).toBeGreaterThan(5)
    const page = await app.open(detailRoute('policies'), { id: POLICY.id })
    expect(page.text).toContain('详细内容暂时没能载入，可能是网络不好。')
    expect(page.text).not.toContain(POLICY.bring)
    expect(page.text).not.toContain('未找到')
    // A call still goes through without the part: one tap to the city hotline.
    await page.tap('着急的话，拨打政务服务便民热线')
    expect(app.callsTo('makePhoneCall')).toEqual([expect.objectContaining({ phoneNumber: '12345' })])
    const logged = app.console.filter((c) => c.level === 'warn').map((c) => c.text)
    expect(logged).toEqual([expect.stringMatching(/packages\/digest-whole-policies-\d+\//)])
    // The network is back.
    app.lazyLoad = {}
    await page.tap('重试')
    expect(page.text).not.toContain('暂时没能载入')
    expect(page.text).not.toContain('着急的话')
    expect(page.text).toContain(POLICY.bring)
    expect(page.text).toContain('谁能申请')
    app.assertClean('policy detail, part failed then retried')
  } finally {
    app.close()
  }
})

test('an unknown id is 未找到 at once, without loading any part', async () => {
  const app = await WeappApp.launch({ lazyLoad: { hold: true } })
  try {
    const page = await app.open(detailRoute('jobs'), { id: 'no-such-record-zz9' })
    expect(page.text).toContain('未找到')
    expect(app.lazyLoads().filter((f) => WHOLE_PART.test(f))).toEqual([])
    app.assertClean('job detail, unknown id')
  } finally {
    app.close()
  }
})

import { readFileSync } from 'node:fs'
import path from 'node:path'
import { embeddedPack } from '@/content/index'
import { acceptPackText } from '@/content/validate'
import { changeLines, changeList } from '../../studio/model/changes'
import { checkDraft, problemsReached } from '../../studio/model/check'
import { fieldLabels, RECORD_SCHEMAS } from '../../studio/model/collections'
import { newRecord } from '../../studio/model/edit'
import { recordForm } from '../../studio/model/form-spec'
import { proposeId } from '../../studio/model/ids'
import { openPackText } from '../../studio/model/open'
import { publish, reviewRefusal } from '../../studio/model/publish'

/*
 * The studio's own logic, in plain terms: the change list in Chinese, ids from titles, review by another
 * person, and publishing the files content:pack writes. Expected texts are written by hand.
 */

type Pack = Record<string, unknown> & { jobs: Array<Record<string, unknown>> }

function embedded(): Pack {
  return JSON.parse(JSON.stringify(embeddedPack)) as Pack
}

const NOW = Date.parse('2026-12-06T10:30:00+08:00')

describe('change list', () => {
  it('names a changed field by its Chinese label with the old and the new value', () => {
    const base = embedded()
    const draft = embedded()
    const job = draft.jobs[0]!
    const before = job.deadline
    job.deadline = '2027-01-31'
    const lines = changeLines(changeList(base, draft))
    expect(lines).toEqual([`修改：就业岗位「${String(job.title)}」`, `    截止日期：${String(before)} → 2027-01-31`])
  })

  it('names a part inside a field: 薪资 · 最高薪资（元）', () => {
    const base = embedded()
    const draft = embedded()
    const pay = draft.jobs[0]!.pay as { max: number }
    const old = pay.max
    pay.max = old + 500
    expect(changeLines(changeList(base, draft))[1]).toBe(`    薪资 · 最高薪资（元）：${old} → ${old + 500}`)
  })

  it('reads a changed time as people do, in Beijing time', () => {
    const base = embedded() as Pack & { events: Array<Record<string, unknown>> }
    const draft = embedded() as Pack & { events: Array<Record<string, unknown>> }
    const event = draft.events.find((e) => e.id === 'horse-show-week')!
    event.start = '2026-07-11T09:30+08:00'
    expect(changeLines(changeList(base, draft))).toContain('    开始时间：2026年7月10日 14:00 → 2026年7月11日 09:30')
  })

  it('lists a new record with its fields, so the reviewer approves what it says, not only its title', () => {
    const base = embedded()
    const draft = embedded()
    draft.jobs.push({
      id: 'shequ-bangchu',
      title: '社区食堂帮厨',
      employer: '某物业公司（示例）',
      pay: { min: 2200, max: 2600, unit: 'month' },
      duties: ['帮厨', '洗菜'],
      requirements: [],
    })
    const lines = changeLines(changeList(base, draft))
    expect(lines[0]).toBe('新增：就业岗位「社区食堂帮厨」')
    expect(lines).toContain('    岗位名称：社区食堂帮厨')
    expect(lines).toContain('    用工单位：某物业公司（示例）')
    expect(lines).toContain('    薪资 · 最高薪资（元）：2600')
    expect(lines).toContain('    岗位职责：帮厨、洗菜')
    // Empty fields say nothing; no line reads as a change from （空）.
    expect(lines.some((l) => l.includes('任职要求'))).toBe(false)
    expect(lines.some((l) => l.includes('→'))).toBe(false)
  })

  it('flags a removed record residents may have kept in 我的', () => {
    const base = embedded()
    const draft = embedded()
    const [removed] = draft.jobs.splice(0, 1)
    expect(changeLines(changeList(base, draft))).toEqual([
      `删除：就业岗位「${String(removed!.title)}」（居民收藏过的，会在“我的”里显示已下线）`,
    ])
  })
})

describe('a new record', () => {
  it('starts as sample data in a demo pack and as the publisher’s own in an official one, never as a quote', () => {
    const spec = recordForm(RECORD_SCHEMAS.jobs, fieldLabels('jobs'))
    expect(newRecord(spec, 'demo').source).toEqual({ kind: 'sample' })
    expect(newRecord(spec, 'official').source).toEqual({ kind: 'official', by: '', date: '' })
    expect(newRecord(spec, 'demo')).toMatchObject({ title: '', duties: [] })
  })

  it('while being filled in, only the fields typed into are judged (and what lies inside or around them)', () => {
    const problems = [
      { where: 'jobs[9]', field: 'title', message: '不能为空' },
      { where: 'jobs[9]', field: 'employer', message: '不能为空' },
      { where: 'jobs[9]', field: 'contacts[0].phone', message: '号码格式不对' },
      { where: 'jobs[9]', field: 'contacts', message: '至少写一个联系方式' },
      { where: 'jobs[9]', field: 'pay.max', message: '不能小于最低' },
      { where: 'jobs[9]', field: '(记录)', message: '截止日期早于发布日期' },
    ]
    const fields = (touched: string[]) => problemsReached(problems, new Set(touched)).map((p) => p.field)
    expect(fields([])).toEqual([])
    expect(fields(['title'])).toEqual(['title'])
    // A phone typed in: its own message and the one about the contacts around it.
    expect(fields(['contacts[0].phone'])).toEqual(['contacts[0].phone', 'contacts'])
    expect(fields(['pay'])).toEqual(['pay.max'])
    expect(fields(['titles'])).toEqual([])
  })
})

describe('ids from titles', () => {
  it('proposes the title in pinyin, Latin runs apart, and skips an id already taken', () => {
    expect(proposeId('梅花鹿节', new Set())).toBe('meihualujie')
    expect(proposeId('153中学', new Set())).toBe('153-zhongxue')
    expect(proposeId('梅花鹿节', new Set(['meihualujie']))).toBe('meihualujie-2')
  })
})

/** The embedded pack with the first job's deadline moved, published by 张三 and 李四 as version 2: pack.json read back. */
function versionTwo(): Pack {
  const base = embedded()
  const draft = embedded()
  draft.jobs[0]!.deadline = '2027-01-31'
  const one = publish({
    draft,
    publishedVersion: 1,
    editor: '张三',
    reviewer: '李四',
    changes: changeList(base, draft),
    now: NOW,
  })
  if (!one.ok) throw new Error(JSON.stringify(one.problems))
  return JSON.parse(one.files[0]!.text) as Pack
}

describe('review and publish', () => {
  it('refuses the editor as their own reviewer, spaces or not', () => {
    expect(reviewRefusal('张三', '张 三')).toBe('审核人不能是编辑人本人：先审后发，要由另一位同事审核')
    expect(reviewRefusal('张三', '李四')).toBeUndefined()
  })

  it('publishes a pack one version above the published one, that content:check passes', () => {
    const base = embedded()
    const draft = embedded()
    draft.jobs[0]!.deadline = '2027-01-31'
    const result = publish({
      draft,
      publishedVersion: 1,
      editor: '张三',
      reviewer: '李四',
      changes: changeList(base, draft),
      now: NOW,
    })
    if (!result.ok) throw new Error(JSON.stringify(result.problems))
    expect(result.files.map((f) => f.name)).toEqual(['pack.json', 'pack.version.json', 'changes-2.txt'])
    const [pack, version, changes] = result.files
    expect(acceptPackText(pack!.text)).toMatchObject({ ok: true })
    expect(JSON.parse(pack!.text)).toMatchObject({ version: 2, updatedAt: '2026-12-06T10:30:00+08:00' })
    expect(version!.text).toBe('{"version":2}\n')
    expect(changes!.text).toContain('编辑人：张三　审核人：李四')
    expect(changes!.text).toContain('截止日期：')
  })

  it('records each publication in the pack itself, after the ones it already holds', () => {
    const published = versionTwo()
    expect(published.meta).toEqual({
      publications: [
        { version: 2, at: '2026-12-06T10:30:00+08:00', editor: '张三', reviewer: '李四', summary: '修改 1 条' },
      ],
    })

    published.jobs.splice(0, 1)
    const two = publish({
      draft: published,
      publishedVersion: 2,
      editor: '王五',
      reviewer: '李四',
      changes: changeList(versionTwo(), published),
      now: NOW + 3_600_000,
    })
    if (!two.ok) throw new Error(JSON.stringify(two.problems))
    expect((JSON.parse(two.files[0]!.text) as Pack).meta).toEqual({
      publications: [
        { version: 2, at: '2026-12-06T10:30:00+08:00', editor: '张三', reviewer: '李四', summary: '修改 1 条' },
        { version: 3, at: '2026-12-06T11:30:00+08:00', editor: '王五', reviewer: '李四', summary: '删除 1 条' },
      ],
    })
  })

  it('carries on the record of the pack phones have, when the draft was opened from an older one', () => {
    const phonesHave = versionTwo()

    // Opened again from the embedded pack (version 1, no record) and published: version 2's entry stays.
    const older = embedded()
    older.jobs[1]!.title = '鹿产品加工车间操作工（白班）'
    const changes = changeList(phonesHave, older)
    const two = publish({
      draft: older,
      published: phonesHave,
      publishedVersion: 2,
      editor: '王五',
      reviewer: '李四',
      changes,
      now: NOW,
    })
    if (!two.ok) throw new Error(JSON.stringify(two.problems))
    expect((JSON.parse(two.files[0]!.text) as Pack).meta).toMatchObject({
      publications: [
        { version: 2, editor: '张三' },
        { version: 3, editor: '王五', summary: '修改 2 条' },
      ],
    })
    // …and the change list says what it undoes: version 2's deadline goes back.
    expect(changeLines(changes)).toContain(`    截止日期：2027-01-31 → ${String(embedded().jobs[0]!.deadline)}`)
  })

  it('publishes nothing while a problem remains', () => {
    const draft = embedded()
    draft.jobs[0]!.title = '<b>收银员</b>'
    const result = publish({ draft, publishedVersion: 1, editor: '张三', reviewer: '李四', changes: [], now: NOW })
    expect(result.ok).toBe(false)
  })
})

describe('opening and checking', () => {
  it('opens a pack that fails the schema, keeps every record, and puts each problem on its record and field', () => {
    const text = readFileSync(path.join(__dirname, '../fixtures/content/official-test-pack.json'), 'utf8')
    const pack = JSON.parse(text) as Pack
    pack.jobs.push({ id: 'broken', title: '<script>' })
    const opened = openPackText(JSON.stringify(pack), 'pack.json')
    if (!opened.ok) throw new Error(opened.message)
    expect((opened.draft.pack.jobs as unknown[]).length).toBe(2)
    const check = checkDraft(opened.draft.pack)
    expect(check.byRecord.jobs[0]).toEqual([])
    expect(check.byRecord.jobs[1]).toContainEqual({
      where: 'jobs/broken',
      field: 'title',
      message: '不能含有标记、脚本或链接代码',
    })
  })

  it('says why text that is no pack cannot be opened', () => {
    expect(openPackText('<html>', 'pack.json')).toEqual({
      ok: false,
      message: expect.stringContaining('打不开「pack.json」：不是有效的 JSON'),
    })
  })
})

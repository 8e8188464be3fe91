import * as v from 'valibot'
import { embeddedPack } from '@/content'
import { packSchema } from '@/content/schema'
import { acceptPack, createRecordMemo } from '@/content/validate'

/*
 * acceptPack assembles the accepted pack from each record's own schema output, and the studio hands it a memo so
 * unchanged records are not parsed again on every keystroke. Neither may change the verdict.
 */

const copy = () => JSON.parse(JSON.stringify(embeddedPack)) as { jobs: unknown[] } & Record<string, unknown>

describe('the pack decision, assembled and remembered', () => {
  it('accepts the embedded pack as exactly what packSchema makes of it', () => {
    const result = acceptPack(copy())
    expect(result.ok).toBe(true)
    if (result.ok) expect(result.pack).toEqual(v.parse(packSchema, copy()))
  })

  it('trims text as packSchema does, and drops keys the schema does not know', () => {
    const pack = copy()
    const job = pack.jobs[0] as Record<string, unknown>
    pack.jobs[0] = { ...job, title: '  示例岗位  ', stray: 1 }
    const result = acceptPack(pack)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.pack.jobs[0]!.title).toBe('示例岗位')
    expect(result.pack.jobs[0]).not.toHaveProperty('stray')
  })

  it('with a memo, an edited record is judged anew and the others keep their verdict', () => {
    const memo = createRecordMemo()
    const pack = copy()
    expect(acceptPack(pack, memo).ok).toBe(true)

    const job = pack.jobs[1] as Record<string, unknown>
    const broken = { ...pack, jobs: pack.jobs.map((r, i) => (i === 1 ? { ...job, title: '<b>岗位</b>' } : r)) }
    const withMemo = acceptPack(broken, memo)
    expect(withMemo).toEqual(acceptPack(JSON.parse(JSON.stringify(broken))))
    expect(withMemo.ok).toBe(false)
    if (withMemo.ok) return
    expect(withMemo.problems).toEqual([
      { where: `jobs/${String(job.id)}`, field: 'title', message: '不能含有标记、脚本或链接代码' },
    ])

    // Put back: the same object as before is accepted again from the memo.
    const fixed = { ...broken, jobs: pack.jobs }
    expect(acceptPack(fixed, memo).ok).toBe(true)
  })

  it('a memo does not hide problems across records: a duplicate id is still found', () => {
    const memo = createRecordMemo()
    const pack = copy()
    acceptPack(pack, memo)
    const twin = { ...pack, jobs: [...pack.jobs, pack.jobs[0]] }
    const result = acceptPack(twin, memo)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.problems.map((p) => p.message)).toContain('重复的 id')
  })
})

import { embeddedPack } from '@/content'
import { packFiles } from '@/content/pack-file'
import { acceptPack } from '@/content/validate'
import { decidePack } from '@/domain/content-update'

/*
 * A pack records its publications in `meta` (version, time, editor, reviewer, summary). The checker and the
 * app's decision judge it alike: one entry that breaks a rule keeps the whole pack out.
 */

const first = { version: 2, at: '2026-12-01T09:00:00+08:00', editor: '张三', reviewer: '李四', summary: '修改 1 条' }
const second = { version: 3, at: '2026-12-06T10:30:00+08:00', editor: '王五', reviewer: '张三', summary: '新增 1 条' }

function packWith(meta: unknown, version = 3) {
  return { ...(JSON.parse(JSON.stringify(embeddedPack)) as Record<string, unknown>), version, meta }
}

function verdicts(meta: unknown, version = 3) {
  const pack = packWith(meta, version)
  const checker = acceptPack(pack)
  const app = decidePack(JSON.stringify(pack), 1)
  return { checker, app }
}

describe('the publication record in a pack', () => {
  it('is kept through the checker, the app and the written file, oldest first', () => {
    const { checker, app } = verdicts({ publications: [first, second] })
    expect(checker.ok && checker.pack.meta).toEqual({ publications: [first, second] })
    expect(app.accept && app.pack.meta).toEqual({ publications: [first, second] })
    const files = packFiles(packWith({ publications: [first, second] }))
    if (!files.ok) throw new Error(JSON.stringify(files.problems))
    expect(Object.keys(JSON.parse(files.packText) as object).slice(0, 5)).toEqual([
      'schemaVersion',
      'version',
      'updatedAt',
      'edition',
      'meta',
    ])
  })

  it('a pack without one is fine (packs made before the studio)', () => {
    const { checker, app } = verdicts(undefined)
    expect(checker.ok).toBe(true)
    expect(app.accept).toBe(true)
  })

  // [what, meta, field, message]; the pack itself is version 3, or 61 where it holds 61 publications.
  const refused: Array<[string, unknown, string, string]> = [
    [
      'an editor who reviewed their own change',
      { publications: [{ ...first, reviewer: '张 三' }] },
      'meta.publications[0].reviewer',
      '审核人不能是编辑人本人：先审后发，要由另一位同事审核',
    ],
    [
      'a publication above the pack’s own version',
      { publications: [first, { ...second, version: 4 }] },
      'meta.publications[1].version',
      '发布记录的版本号不能高于内容包的版本号',
    ],
    [
      'publications out of order',
      { publications: [second, first] },
      'meta.publications[1].version',
      '发布记录应按版本从低到高排列',
    ],
    [
      'a name with markup',
      { publications: [{ ...first, editor: '<img src=x>' }] },
      'meta.publications[0].editor',
      '不能含有标记、脚本或链接代码',
    ],
    [
      'a missing reviewer',
      { publications: [{ ...first, reviewer: undefined }] },
      'meta.publications[0].reviewer',
      '缺少必填项',
    ],
    [
      'more publications than a pack keeps',
      { publications: Array.from({ length: 61 }, (_, i) => ({ ...first, version: i + 1 })) },
      'meta.publications',
      '发布记录最多保留 60 条',
    ],
  ]

  it.each(refused)('refuses %s, in the checker and in the app', (_, meta, field, message) => {
    const count = (meta as { publications: unknown[] }).publications.length
    const { checker, app } = verdicts(meta, Math.max(3, count))
    expect(checker.ok).toBe(false)
    if (!checker.ok) expect(checker.problems).toContainEqual({ where: 'pack', field, message })
    expect(app.accept).toBe(false)
  })
})

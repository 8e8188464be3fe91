import { embeddedPack } from '@/content'
import type { ContentPack } from '@/content/schema'
import { packFiles } from '@/content/pack-file'
import { acceptPack } from '@/content/validate'
import { contentStateOf, embeddedSummary } from '@/domain/content-store'
import { decidePack } from '@/domain/content-update'

/*
 * Home's key figures travel in the pack (the studio edits them like any collection). A pack may leave them out:
 * the app then keeps its own. They are facts, so never sample data.
 */

const copy = () => JSON.parse(JSON.stringify(embeddedPack)) as ContentPack & Record<string, unknown>

const grain = {
  id: 'grain-output',
  label: '粮食产量突破',
  value: '18',
  unit: '亿斤',
  year: 2022,
  source: { kind: 'cited', doc: '000_820736ea15743918.txt', quote: '粮食产量突破18亿斤' },
}

describe('key figures in a pack', () => {
  it('the embedded pack carries home’s ten figures, and the embedded summary holds them', () => {
    expect(embeddedPack.figures).toHaveLength(10)
    expect(embeddedSummary.figures.map((f) => f.id)).toContain('grain-output')
  })

  it('a pack with its own figures puts them on home', () => {
    const pack = { ...copy(), version: 2, figures: [{ ...grain, label: '粮食总产量突破' }] }
    const decided = decidePack(JSON.stringify(pack), 1)
    if (!decided.accept) throw new Error(decided.reason)
    expect(contentStateOf(decided.pack, 'update').summary.figures).toEqual([{ ...grain, label: '粮食总产量突破' }])
  })

  it('a pack file written from a pack keeps its figures (the studio publishes what it edits)', () => {
    const files = packFiles({ ...copy(), figures: [{ ...grain, label: '粮食总产量突破' }] })
    if (!files.ok) throw new Error(JSON.stringify(files.problems))
    expect((JSON.parse(files.packText) as ContentPack).figures).toEqual([{ ...grain, label: '粮食总产量突破' }])
  })

  it('a pack without figures leaves the app’s own in place', () => {
    const { figures: _dropped, ...pack } = { ...copy(), version: 2 }
    const decided = decidePack(JSON.stringify(pack), 1)
    if (!decided.accept) throw new Error(decided.reason)
    expect(decided.pack.figures).toBeUndefined()
    expect(contentStateOf(decided.pack, 'update').summary.figures).toHaveLength(10)
  })

  it('a cited figure whose number is not its quote’s is refused', () => {
    const pack = { ...copy(), version: 2, figures: [{ ...grain, value: '19' }] }
    const checked = acceptPack(pack)
    expect(checked.ok).toBe(false)
    if (!checked.ok)
      expect(checked.problems).toContainEqual({
        where: 'figures/grain-output',
        field: 'value',
        message: '引文里没有「19」：引用的数字要和原文一致；新的数字要换成发布单位发布的来源',
      })
    expect(decidePack(JSON.stringify(pack), 1).accept).toBe(false)
  })

  const refused: Array<[string, unknown[], { where: string; field: string; message: string }]> = [
    [
      'a figure marked as sample data',
      [{ ...grain, source: { kind: 'sample' } }],
      {
        where: 'figures/grain-output',
        field: 'source',
        message: '关键数字是事实：要引用 2022 年工作总结（cited）或由发布单位发布（official），不能是示例',
      },
    ],
    ['two figures with one id', [grain, grain], { where: 'figures/grain-output', field: 'id', message: '重复的 id' }],
    [
      'a figure whose value is not a number',
      [{ ...grain, value: '很多' }],
      { where: 'figures/grain-output', field: 'value', message: '应为数字，如 2000 或 6.1' },
    ],
    [
      'thirteen figures',
      Array.from({ length: 13 }, (_, i) => ({ ...grain, id: `figure-${i + 1}` })),
      { where: 'pack', field: 'figures', message: '关键数字最多 12 个' },
    ],
  ]

  it.each(refused)('refuses %s, in the checker and in the app', (_, figures, problem) => {
    const pack = { ...copy(), version: 2, figures }
    const checked = acceptPack(pack)
    expect(checked.ok).toBe(false)
    if (!checked.ok) expect(checked.problems).toContainEqual(problem)
    expect(decidePack(JSON.stringify(pack), 1).accept).toBe(false)
  })
})

import { embeddedPack } from '@/content'
import { acceptPack } from '@/content/validate'
import { scaledPack } from '../../scripts/content-scale'

// Counts of today's content, written by hand from src/content (jobs 37, livelihood 47, events 16, attractions 12,
// policies 23): three times them, plus the towns unchanged.
describe('content:scale makes a bigger pack the app accepts', () => {
  const pack = scaledPack(embeddedPack, 3)

  test('every domain three times, towns as they are', () => {
    expect(pack.jobs).toHaveLength(111)
    expect(pack.livelihood).toHaveLength(141)
    expect(pack.events).toHaveLength(48)
    expect(pack.attractions).toHaveLength(33)
    expect(pack.policies).toHaveLength(72)
    expect(pack.towns).toHaveLength(8)
  })

  test('the checker accepts it and ids are unique', () => {
    expect(acceptPack(pack).ok).toBe(true)
    const ids = pack.jobs.map((j) => j.id)
    expect(new Set(ids).size).toBe(111)
    expect(ids).toContain('luxiang-deer-keeper-x2')
  })

  test('copies carry their own text, not repeats', () => {
    const original = pack.jobs.find((j) => j.id === 'luxiang-deer-keeper')
    const copy = pack.jobs.find((j) => j.id === 'luxiang-deer-keeper-x1')
    expect(copy?.title).toContain('梅花鹿饲养员')
    expect(copy?.title).not.toBe(original?.title)
    expect(copy?.duties).not.toEqual(original?.duties)
    expect(copy?.contact).toEqual(original?.contact)
    const summaries = new Set(pack.policies.map((p) => p.summary))
    expect(summaries.size).toBeGreaterThan(60)
  })

  test('the same command makes the same pack', () => {
    expect(JSON.stringify(scaledPack(embeddedPack, 3))).toBe(JSON.stringify(pack))
  })
})

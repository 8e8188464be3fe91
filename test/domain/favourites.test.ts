import { embeddedPack } from '@/content/index'
import {
  groupFavourites,
  hasFavourite,
  removeFavourite,
  toggleFavourite,
  type Favourite,
  favouritesShape,
} from '@/domain/favourites'
import { decodeStored } from '@/domain/stored'
import { acceptPack } from '@/content/validate'

const parseFavourites = (raw: unknown) => {
  const { value, recovered } = decodeStored(raw, favouritesShape)
  return { items: value, recovered }
}

const job = embeddedPack.jobs[0]!
const event = embeddedPack.events[0]!
const fav = (over: Partial<Favourite> = {}): Favourite => ({
  domain: 'jobs',
  id: job.id,
  title: job.title,
  savedAt: 1,
  ...over,
})

describe('parseFavourites', () => {
  it('reads what the app stored', () => {
    const stored = JSON.stringify([fav(), fav({ domain: 'events', id: event.id, title: event.title })])
    expect(parseFavourites(stored)).toEqual({
      items: [fav(), fav({ domain: 'events', id: event.id, title: event.title })],
      recovered: false,
    })
  })

  it('nothing stored is an empty list, not damage', () => {
    for (const raw of [undefined, null, '']) expect(parseFavourites(raw)).toEqual({ items: [], recovered: false })
  })

  it.each([
    ['corrupt JSON', '[{"domain":"jobs",'],
    ['an object instead of a list', JSON.stringify({ favourites: [fav()] })],
    ['a number', 42],
    ['a string of JSON that is a string', JSON.stringify('jobs')],
  ])('recovers from %s with an empty list and says so', (_, raw) => {
    expect(parseFavourites(raw)).toEqual({ items: [], recovered: true })
  })

  it('keeps the valid entries of a partly foreign list and says so', () => {
    const raw = JSON.stringify([
      fav(),
      { domain: 'shops', id: 'x', title: 'x', savedAt: 1 },
      { domain: 'jobs', id: '', title: 'x', savedAt: 1 },
      { domain: 'jobs', id: 'a', title: 5, savedAt: 1 },
      { domain: 'jobs', id: 'b', title: 'b' },
      'jobs/abc',
      null,
    ])
    expect(parseFavourites(raw)).toEqual({ items: [fav()], recovered: true })
  })

  it('keeps a title of 200 characters and drops one of 201, an id the checker refuses and a time that is no number', () => {
    const raw = [
      fav({ title: '岗'.repeat(200) }),
      fav({ domain: 'events', id: event.id, title: '岗'.repeat(201) }),
      fav({ domain: 'events', id: 'Not An Id' }),
      fav({ domain: 'events', id: event.id, savedAt: Number.NaN }),
      fav({ domain: 'events', id: event.id, savedAt: Number.POSITIVE_INFINITY }),
      [fav({ domain: 'events', id: event.id })],
    ]
    expect(parseFavourites(raw)).toEqual({ items: [fav({ title: '岗'.repeat(200) })], recovered: true })
  })

  it('drops duplicates, keeping the first', () => {
    const raw = JSON.stringify([fav({ savedAt: 2 }), fav({ savedAt: 1 })])
    expect(parseFavourites(raw)).toEqual({ items: [fav({ savedAt: 2 })], recovered: true })
  })

  it('drops extra fields it does not know', () => {
    const raw = [{ ...fav(), secret: 'x' }]
    expect(parseFavourites(raw).items[0]).toEqual(fav())
  })
})

describe('toggling and grouping', () => {
  it('toggles a record in and out, newest first', () => {
    const once = toggleFavourite([fav({ domain: 'events', id: event.id, title: event.title })], fav(), 5)
    expect(once[0]).toEqual(fav({ savedAt: 5 }))
    expect(hasFavourite(once, 'jobs', job.id)).toBe(true)
    expect(hasFavourite(toggleFavourite(once, fav(), 6), 'jobs', job.id)).toBe(false)
    expect(removeFavourite(once, 'jobs', job.id)).toHaveLength(1)
  })

  it('groups by domain in app order and marks records gone from the content as 已下线', () => {
    const items = [
      fav({ id: 'gone-job', title: '已经撤下的岗位' }),
      fav({ domain: 'events', id: event.id, title: '旧标题' }),
      fav(),
    ]
    const groups = groupFavourites(items, embeddedPack)
    expect(groups.map((g) => g.label)).toEqual(['就业岗位', '节庆活动'])
    const jobs = groups[0]!.entries
    expect(jobs.map((e) => [e.title, e.offline])).toEqual([
      ['已经撤下的岗位', true],
      [job.title, false],
    ])
    // The current title wins over the one stored when it was saved.
    expect(groups[1]!.entries[0]!.title).toBe(event.title)
  })
})

// One id rule: an id the checker accepts for a record is one 收藏 keeps across launches, and the other way round.
describe('the checker and 收藏 agree on ids', () => {
  const kebab = (length: number): string => `job-${'a'.repeat(length - 4)}`
  test.each([
    ['a 30-character id', true, kebab(30)],
    ['a 64-character id', true, kebab(64)],
    ['a 65-character id', false, kebab(65)],
    ['a 101-character id', false, kebab(101)],
    ['a 150-character id', false, kebab(150)],
    ['an id with capitals', false, 'Job-A'],
  ])('%s: accepted and kept = %p', (_name, accepted, id) => {
    const pack = { ...embeddedPack, jobs: [{ ...job, id }, ...embeddedPack.jobs.slice(1)] }
    expect(acceptPack(pack).ok).toBe(accepted)
    const kept = parseFavourites(JSON.stringify([fav({ id })]))
    expect(kept.items.map((f) => f.id)).toEqual(accepted ? [id] : [])
  })
})

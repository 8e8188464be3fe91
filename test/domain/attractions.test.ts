import attractionsJson from '../../src/content/attractions.json'
import towns from '../../src/content/towns.json'
import type { Attraction, OpeningSeason } from '../../src/content/schema'
import { validateRecords } from '../../src/content/validate'
import { attractionTags, hoursSummary, isOpenAt, listAttractions, locationUnknown } from '../../src/domain/attractions'
import { byId } from '../../src/domain/records'

// Instants carry an explicit zone; the jest config runs outside Beijing (TZ=America/New_York).

function place(id: string, hours: OpeningSeason[], overrides: Partial<Attraction> = {}): Attraction {
  return {
    id,
    name: `景点 ${id}`,
    tags: [],
    free: false,
    price: '20元',
    summary: '简介',
    description: ['介绍'],
    hours,
    address: '某地',
    townId: 'yunshan',
    location: { lat: 43.52, lng: 125.66 },
    bestSeason: '夏季',
    source: { kind: 'sample' },
    ...overrides,
  }
}

const at = (beijing: string) => `${beijing}+08:00`

describe('isOpenAt: a day venue with summer and winter hours', () => {
  // 2026-11-30 is a Monday; 2026-11-01 a Sunday.
  const park = place('park', [
    { label: '夏季', from: '04-01', to: '10-31', open: '08:30', close: '17:00' },
    { label: '冬季', from: '11-01', to: '03-31', days: [0, 2, 3, 4, 5, 6], open: '09:00', close: '16:00' },
  ])

  it('opens at the exact opening minute', () => {
    expect(isOpenAt(park, at('2026-07-01T08:29:59'))).toEqual({
      open: false,
      label: '未开园',
      opensAt: '今日 08:30 开园',
    })
    expect(isOpenAt(park, at('2026-07-01T08:30:00'))).toEqual({
      open: true,
      label: '营业中',
      closesAt: '今日 17:00 闭园',
    })
  })

  it('closes at the exact closing minute', () => {
    expect(isOpenAt(park, at('2026-07-01T16:59:59')).open).toBe(true)
    expect(isOpenAt(park, at('2026-07-01T17:00:00'))).toEqual({
      open: false,
      label: '已闭园',
      opensAt: '明日 08:30 开园',
    })
  })

  it('switches seasons at the boundary day', () => {
    expect(isOpenAt(park, at('2026-10-31T16:30')).open).toBe(true)
    expect(isOpenAt(park, at('2026-10-31T17:30')).opensAt).toBe('明日 09:00 开园')
    expect(isOpenAt(park, at('2026-11-01T08:45')).open).toBe(false)
    expect(isOpenAt(park, at('2026-11-01T15:59'))).toEqual({ open: true, label: '营业中', closesAt: '今日 16:00 闭园' })
    expect(isOpenAt(park, at('2026-03-31T15:30')).closesAt).toBe('今日 16:00 闭园')
    expect(isOpenAt(park, at('2026-04-01T16:30')).closesAt).toBe('今日 17:00 闭园')
  })

  it('keeps weekday restrictions: closed on winter Mondays', () => {
    expect(isOpenAt(park, at('2026-11-30T10:00'))).toEqual({ open: false, label: '已闭园', opensAt: '明日 09:00 开园' })
    expect(isOpenAt(park, at('2026-11-29T16:30'))).toEqual({
      open: false,
      label: '已闭园',
      opensAt: '12月1日 09:00 开园',
    })
    expect(isOpenAt(park, at('2026-12-01T10:00')).open).toBe(true)
  })

  it('reads the wall clock in Beijing whatever the device zone', () => {
    // 00:30 UTC is 08:30 in Beijing; 09:00 UTC is 17:00.
    expect(isOpenAt(park, '2026-07-01T00:30:00Z').open).toBe(true)
    expect(isOpenAt(park, '2026-07-01T00:29:00Z').open).toBe(false)
    expect(isOpenAt(park, new Date(Date.UTC(2026, 6, 1, 9, 0))).open).toBe(false)
  })
})

describe('isOpenAt: a night show that closes after midnight', () => {
  // Fridays and Saturdays 19:00–01:00 in summer. 2026-07-03 is a Friday.
  const show = place('show', [
    { label: '夏季夜场', from: '05-01', to: '09-30', days: [5, 6], open: '19:00', close: '01:00' },
  ])

  it('is open after midnight on the session that started the evening before', () => {
    expect(isOpenAt(show, at('2026-07-03T23:00'))).toEqual({ open: true, label: '营业中', closesAt: '明日 01:00 闭园' })
    expect(isOpenAt(show, at('2026-07-04T00:30'))).toEqual({ open: true, label: '营业中', closesAt: '今日 01:00 闭园' })
    expect(isOpenAt(show, at('2026-07-04T00:59')).open).toBe(true)
    expect(isOpenAt(show, at('2026-07-04T01:00'))).toEqual({ open: false, label: '未开园', opensAt: '今日 19:00 开园' })
  })

  it('counts the weekday the session started on', () => {
    // Sunday 00:30 belongs to Saturday night: open. Monday 00:30 belongs to Sunday: no show.
    expect(isOpenAt(show, at('2026-07-05T00:30')).open).toBe(true)
    expect(isOpenAt(show, at('2026-07-06T00:30'))).toEqual({
      open: false,
      label: '已闭园',
      opensAt: '7月10日 19:00 开园',
    })
    // Thursday 23:00: no show that day.
    expect(isOpenAt(show, at('2026-07-02T23:00')).open).toBe(false)
  })

  it('counts the season of the day the session started on', () => {
    const everyNight = place('nights', [
      { label: '夏季夜场', from: '05-01', to: '09-30', open: '19:00', close: '01:00' },
    ])
    expect(isOpenAt(everyNight, at('2026-10-01T00:30')).open).toBe(true)
    expect(isOpenAt(everyNight, at('2026-10-01T19:30'))).toEqual({
      open: false,
      label: '已闭园',
      opensAt: '5月1日 19:00 开园',
    })
    expect(isOpenAt(everyNight, at('2026-05-01T00:30')).open).toBe(false)
  })

  it('works from a device far from Beijing', () => {
    // 2026-07-03T16:30Z is Saturday 00:30 in Beijing (still Friday in New York).
    expect(isOpenAt(show, '2026-07-03T16:30:00Z').open).toBe(true)
  })
})

describe('isOpenAt: seasons across the new year', () => {
  const winter = place('winter', [{ label: '雪季', from: '12-01', to: '02-28', open: '09:00', close: '16:30' }])
  const holiday = place('holiday', [{ label: '跨年', from: '12-31', to: '01-01', open: '10:00', close: '22:00' }])

  it('is in season on both sides of Dec 31 → Jan 1', () => {
    expect(isOpenAt(winter, at('2026-12-31T12:00')).open).toBe(true)
    expect(isOpenAt(winter, at('2027-01-01T12:00')).open).toBe(true)
    expect(isOpenAt(winter, at('2026-12-31T16:30'))).toEqual({
      open: false,
      label: '已闭园',
      opensAt: '明日 09:00 开园',
    })
  })

  it('starts and ends on the inclusive boundary days', () => {
    expect(isOpenAt(holiday, at('2026-12-30T12:00'))).toEqual({
      open: false,
      label: '已闭园',
      opensAt: '明日 10:00 开园',
    })
    expect(isOpenAt(holiday, at('2026-12-31T10:00')).open).toBe(true)
    expect(isOpenAt(holiday, at('2027-01-01T21:59')).open).toBe(true)
    expect(isOpenAt(holiday, at('2027-01-01T22:00'))).toEqual({
      open: false,
      label: '已闭园',
      opensAt: '12月31日 10:00 开园',
    })
    expect(isOpenAt(holiday, at('2027-01-02T12:00')).open).toBe(false)
  })

  it('finds the next opening months ahead out of season', () => {
    expect(isOpenAt(winter, at('2026-06-01T12:00'))).toEqual({
      open: false,
      label: '已闭园',
      opensAt: '12月1日 09:00 开园',
    })
    expect(isOpenAt(winter, at('2027-02-28T16:29')).open).toBe(true)
    expect(isOpenAt(winter, at('2027-03-01T12:00')).opensAt).toBe('12月1日 09:00 开园')
  })
})

describe('isOpenAt: no hours', () => {
  it('is always open', () => {
    expect(isOpenAt(place('street', []), at('2026-11-26T03:00'))).toEqual({ open: true, label: '全天开放' })
  })
})

describe('hoursSummary', () => {
  it('writes one line per season with dates, days and times', () => {
    const a = place('a', [
      { label: '夏季', from: '04-01', to: '10-31', open: '08:30', close: '17:00' },
      { label: '冬季', from: '11-01', to: '03-31', days: [1, 2, 3, 4, 5], open: '09:00', close: '16:00' },
      { label: '夜场', from: '05-01', to: '09-30', days: [6, 5], open: '19:00', close: '01:00' },
      { label: '周末', from: '01-01', to: '12-31', days: [5, 6, 0], open: '10:00', close: '12:00' },
      { label: '隔天', from: '01-01', to: '12-31', days: [1, 3, 5, 6, 0], open: '10:00', close: '12:00' },
    ])
    expect(hoursSummary(a)).toEqual([
      '4月1日—10月31日 每天 08:30–17:00',
      '11月1日—3月31日 周一至周五 09:00–16:00',
      '5月1日—9月30日 周五、周六 19:00–次日01:00',
      '全年 周五至周日 10:00–12:00',
      '全年 周一、周三、周五至周日 10:00–12:00',
    ])
  })

  it('says 全天开放 when there are no hours', () => {
    expect(hoursSummary(place('a', []))).toEqual(['全天开放'])
  })
})

describe('lists and tags', () => {
  const all = [
    place('a', [], { tags: ['免费', '夜景'], free: true }),
    place('b', [], { tags: ['亲子', '赏鹿'] }),
    place('c', [], { tags: ['免费', '亲子'], free: true }),
  ]

  it('filters by tag and free entry, together', () => {
    expect(listAttractions(all, { tag: '亲子' }).map((a) => a.id)).toEqual(['b', 'c'])
    expect(listAttractions(all, { freeOnly: true }).map((a) => a.id)).toEqual(['a', 'c'])
    expect(listAttractions(all, { tag: '亲子', freeOnly: true }).map((a) => a.id)).toEqual(['c'])
    expect(listAttractions(all).map((a) => a.id)).toEqual(['a', 'b', 'c'])
  })

  it('counts tags, most used first', () => {
    expect(attractionTags(all)).toEqual([
      { tag: '免费', count: 2 },
      { tag: '亲子', count: 2 },
      { tag: '夜景', count: 1 },
      { tag: '赏鹿', count: 1 },
    ])
  })

  it('gets one by id', () => {
    expect(byId(all, 'b')?.tags).toContain('赏鹿')
    expect(byId(all, 'zzz')).toBeUndefined()
  })
})

describe('the embedded attractions', () => {
  const attractions = attractionsJson as Attraction[]
  const pack = {
    schemaVersion: 1,
    version: 1,
    updatedAt: '2026-11-26T08:00:00+08:00',
    edition: 'demo',
    towns,
    livelihood: [],
    jobs: [],
    events: [],
    attractions: attractionsJson,
    policies: [],
  }

  it('has at least 10 attractions, all valid', () => {
    expect(attractions.length).toBeGreaterThanOrEqual(10)
    const result = validateRecords(pack)
    expect(result.ok ? [] : result.problems).toEqual([])
  })

  it('keeps the ids other content refers to', () => {
    for (const id of ['lufeng-resort', 'shixihe-park', 'sculpture-park', 'horse-culture-park']) {
      expect(byId(attractions, id)).toBeDefined()
    }
  })

  // Quotes are checked against the document itself by `content:check -- --sources <dir>` (run by .ci/run).
  it('keeps no position of ours on a cited place: no coordinates, a town or address only where the quote says it', () => {
    const cited = attractions.filter((a) => a.source.kind === 'cited')
    expect(cited.length).toBeGreaterThanOrEqual(4)
    for (const a of cited) expect([a.id, a.location]).toEqual([a.id, undefined])
    const placed = cited.filter((a) => a.townId || a.address).map((a) => [a.id, a.townId, a.address])
    expect(placed).toEqual([
      ['lijia-village', 'qijia', '双阳区齐家镇李家村'],
      ['xiaoshi-village', 'taiping', '双阳区太平镇小石村'],
    ])
  })

  it('tags free places 免费 and only those', () => {
    for (const a of attractions) expect(a.tags.includes('免费')).toBe(a.free)
  })

  it('invents no hours, prices or phone numbers for the real places the summary names', () => {
    const named = ['lufeng-resort', 'shixihe-park', 'sculpture-park', 'horse-culture-park', 'lijia-village']
    for (const id of [...named, 'xiaoshi-village', 'heiyu-village']) {
      const real = byId(attractions, id) as Attraction
      expect([id, real.hours, real.phone, real.price]).toEqual([id, undefined, undefined, '以现场公布为准'])
      expect(isOpenAt(real, at('2026-07-04T12:00'))).toEqual({ open: false, label: '以现场公布为准' })
      expect(hoursSummary(real)).toEqual(['以现场公布为准，可拨打 12345 咨询'])
    }
  })

  it('has an open/closed answer for every attraction with published hours at any time', () => {
    const withHours = attractions.filter((a) => a.hours && a.hours.length > 0).map((a) => a.id)
    expect(withHours).toEqual(['deer-theme-park', 'snow-park', 'strawberry-picking'])
    for (const a of attractions.filter((x) => x.hours && x.hours.length > 0)) {
      for (const now of [at('2026-11-26T10:00'), at('2026-11-26T23:30'), at('2027-07-04T12:00')]) {
        const state = isOpenAt(a, now)
        expect(state.open ? state.label : state.opensAt).toBeTruthy()
      }
    }
  })
})

describe('real places whose position we do not know', () => {
  const attractions = attractionsJson as Attraction[]
  it('offer no map pin: every real place the summary names', () => {
    const unknown = attractions.filter(locationUnknown).map((a) => a.id)
    expect(unknown.sort()).toEqual(
      [
        'heiyu-village',
        'horse-culture-park',
        'lijia-village',
        'lufeng-resort',
        'sculpture-park',
        'shixihe-park',
        'tuliu-road',
        'xiaoshi-village',
      ].sort(),
    )
    // The plainly fictional places keep their map.
    expect(locationUnknown(byId(attractions, 'snow-park')!)).toBe(false)
  })
})

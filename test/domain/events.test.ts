import * as v from 'valibot'
import attractionsJson from '../../src/content/attractions.json'
import eventsJson from '../../src/content/events.json'
import townsJson from '../../src/content/towns.json'
import { eventSchema, type DistrictEvent } from '../../src/content/schema'
import { validateRecords } from '../../src/content/validate'
import {
  calendarMarks,
  calendarStarts,
  countdownLabel,
  datesUnannounced,
  eventStatus,
  groupByMonth,
  listEvents,
  occurrenceFor,
  eventStatusLabel,
} from '../../src/domain/events'
import { eventsInListOrder } from '../../src/domain/event-timing'
import { byId } from '../../src/domain/records'

const ms = (iso: string) => Date.parse(iso)

function makeEvent(overrides: Partial<DistrictEvent> & Pick<DistrictEvent, 'id' | 'start' | 'end'>): DistrictEvent {
  return {
    title: `活动 ${overrides.id}`,
    category: '节庆',
    recurrence: 'once',
    summary: '测试活动',
    venue: '测试会场',
    address: '双阳区测试路 1 号',
    townId: 'yunshan',
    price: '免费',
    highlights: [],
    schedule: [],
    source: { kind: 'sample' },
    ...overrides,
  }
}

const festival = makeEvent({ id: 'deer', start: '2026-08-18T09:00:00+08:00', end: '2026-08-22T17:00:00+08:00' })
const annualFestival = { ...festival, id: 'deer-annual', recurrence: 'annual' as const }
const START = ms('2026-08-18T01:00:00Z')
const END = ms('2026-08-22T09:00:00Z')

describe('eventStatus at the exact boundaries', () => {
  it.each([
    [START - 1, 'upcoming'],
    [START, 'ongoing'],
    [END, 'ongoing'],
    [END + 1, 'ended'],
  ])('one-off event at %d is %s', (now, status) => {
    expect(eventStatus(festival, now)).toBe(status)
  })

  it('a one-off event keeps its stored dates', () => {
    expect(occurrenceFor(festival, ms('2030-01-01T00:00:00Z'))).toEqual({ start: START, end: END })
  })

  it('an annual event switches at the boundaries of this year’s run, and is never ended', () => {
    const start2028 = ms('2028-08-18T01:00:00Z')
    const end2028 = ms('2028-08-22T09:00:00Z')
    expect(eventStatus(annualFestival, start2028 - 1)).toBe('upcoming')
    expect(eventStatus(annualFestival, start2028)).toBe('ongoing')
    expect(eventStatus(annualFestival, end2028)).toBe('ongoing')
    expect(eventStatus(annualFestival, end2028 + 1)).toBe('upcoming')
    expect(occurrenceFor(annualFestival, end2028 + 1)).toEqual({
      start: ms('2029-08-18T01:00:00Z'),
      end: ms('2029-08-22T09:00:00Z'),
    })
  })

  it('labels statuses in Chinese', () => {
    expect(eventStatusLabel('upcoming')).toBe('即将开始')
    expect(eventStatusLabel('ongoing')).toBe('进行中')
    expect(eventStatusLabel('ended')).toBe('已结束')
  })
})

describe('annual occurrences across the year boundary', () => {
  const january = makeEvent({
    id: 'january',
    recurrence: 'annual',
    start: '2026-01-10T09:00:00+08:00',
    end: '2026-01-12T17:00:00+08:00',
  })
  const winter = makeEvent({
    id: 'winter',
    recurrence: 'annual',
    start: '2026-12-01T09:00:00+08:00',
    end: '2027-02-28T17:00:00+08:00',
  })

  it('on 2026-12-31 a January event points at next January', () => {
    const now = '2026-12-31T12:00:00+08:00'
    expect(occurrenceFor(january, now)).toEqual({ start: ms('2027-01-10T01:00:00Z'), end: ms('2027-01-12T09:00:00Z') })
    expect(eventStatus(january, now)).toBe('upcoming')
    expect(countdownLabel(january, now)).toBe('还有10天')
  })

  it('a Dec→Feb event seen on Jan 10 is ongoing with the run that began the previous December', () => {
    const now = '2027-01-10T12:00:00+08:00'
    expect(eventStatus(winter, now)).toBe('ongoing')
    expect(occurrenceFor(winter, now)).toEqual({ start: ms('2026-12-01T01:00:00Z'), end: ms('2027-02-28T09:00:00Z') })
    expect(occurrenceFor(winter, '2026-01-10T12:00:00+08:00')).toEqual({
      start: ms('2025-12-01T01:00:00Z'),
      end: ms('2026-02-28T09:00:00Z'),
    })
    expect(countdownLabel(winter, now)).toBe('还剩49天')
  })

  it('a Dec→Feb event after its run points at next December', () => {
    const now = '2027-03-01T12:00:00+08:00'
    expect(eventStatus(winter, now)).toBe('upcoming')
    expect(occurrenceFor(winter, now)).toEqual({ start: ms('2027-12-01T01:00:00Z'), end: ms('2028-02-28T09:00:00Z') })
  })

  it('Feb 29 falls back to Feb 28 in common years', () => {
    const leapDay = makeEvent({
      id: 'leap',
      recurrence: 'annual',
      start: '2028-02-29T10:00:00+08:00',
      end: '2028-02-29T18:00:00+08:00',
    })
    expect(occurrenceFor(leapDay, '2027-01-01T00:00:00+08:00')).toEqual({
      start: ms('2027-02-28T02:00:00Z'),
      end: ms('2027-02-28T10:00:00Z'),
    })
    expect(occurrenceFor(leapDay, '2028-01-01T00:00:00+08:00')).toEqual({
      start: ms('2028-02-29T02:00:00Z'),
      end: ms('2028-02-29T10:00:00Z'),
    })
    expect(occurrenceFor(leapDay, '2028-03-01T00:00:00+08:00')).toEqual({
      start: ms('2029-02-28T02:00:00Z'),
      end: ms('2029-02-28T10:00:00Z'),
    })
    expect(eventStatus(leapDay, '2027-02-28T12:00:00+08:00')).toBe('ongoing')
  })

  it('a run ending on Feb 29 ends on Feb 28 in common years', () => {
    const toLeapDay = makeEvent({
      id: 'to-leap',
      recurrence: 'annual',
      start: '2027-12-20T09:00:00+08:00',
      end: '2028-02-29T17:00:00+08:00',
    })
    expect(occurrenceFor(toLeapDay, '2029-01-05T12:00:00+08:00')).toEqual({
      start: ms('2028-12-20T01:00:00Z'),
      end: ms('2029-02-28T09:00:00Z'),
    })
    expect(eventStatus(toLeapDay, '2029-03-01T00:00:00+08:00')).toBe('upcoming')
  })
})

describe('countdownLabel counts Beijing calendar days', () => {
  it.each([
    ['2026-08-06T12:00:00+08:00', '还有12天'],
    ['2026-08-17T00:00:00+08:00', '明天开始'],
    ['2026-08-17T23:59:59+08:00', '明天开始'],
    ['2026-08-18T00:00:00+08:00', '今天开始'],
    // 20:00 on the 17th in New York is already 08:00 on the 18th in Beijing.
    ['2026-08-17T20:00:00-04:00', '今天开始'],
    ['2026-08-18T09:00:00+08:00', '还剩4天'],
    ['2026-08-19T23:00:00+08:00', '还剩3天'],
    ['2026-08-21T10:00:00+08:00', '还剩1天'],
    ['2026-08-22T08:00:00+08:00', '今天结束'],
    ['2026-08-22T17:00:00+08:00', '今天结束'],
  ])('at %s: %s', (now, label) => {
    expect(countdownLabel(festival, now)).toBe(label)
  })

  it('is null once a one-off event has ended', () => {
    expect(countdownLabel(festival, END + 1)).toBeNull()
  })

  it('an annual event counts down to its next run after this one ends', () => {
    expect(countdownLabel(annualFestival, '2026-08-23T12:00:00+08:00')).toBe('还有360天')
  })
})

describe('listEvents', () => {
  const now = '2026-07-01T12:00:00+08:00'
  const events = [
    makeEvent({
      id: 'ended-older',
      category: '文体',
      start: '2026-03-01T09:00:00+08:00',
      end: '2026-03-02T17:00:00+08:00',
    }),
    makeEvent({
      id: 'upcoming-later',
      category: '夜游',
      start: '2026-09-01T19:00:00+08:00',
      end: '2026-09-03T21:00:00+08:00',
    }),
    makeEvent({ id: 'ongoing-long', start: '2026-06-01T09:00:00+08:00', end: '2026-08-31T17:00:00+08:00' }),
    makeEvent({ id: 'ended-newer', start: '2026-05-01T09:00:00+08:00', end: '2026-05-03T17:00:00+08:00' }),
    makeEvent({
      id: 'upcoming-sooner',
      category: '文体',
      start: '2026-07-20T09:00:00+08:00',
      end: '2026-07-20T17:00:00+08:00',
    }),
    makeEvent({
      id: 'ongoing-short',
      category: '文体',
      start: '2026-06-30T09:00:00+08:00',
      end: '2026-07-02T17:00:00+08:00',
    }),
  ]
  const ids = (list: DistrictEvent[]) => list.map((e) => e.id)

  it('puts ongoing first (ending soonest), then upcoming by start, then ended newest first', () => {
    const order = ['ongoing-short', 'ongoing-long', 'upcoming-sooner', 'upcoming-later', 'ended-newer', 'ended-older']
    expect(ids(listEvents(events, {}, now))).toEqual(order)
    // Home's order (event-timing.ts, without the filters) is the list's.
    expect(ids(eventsInListOrder(events, now))).toEqual(order)
  })

  it('filters by status, category and month, in combination', () => {
    expect(ids(listEvents(events, { status: 'upcoming' }, now))).toEqual(['upcoming-sooner', 'upcoming-later'])
    expect(ids(listEvents(events, { category: '文体' }, now))).toEqual([
      'ongoing-short',
      'upcoming-sooner',
      'ended-older',
    ])
    expect(ids(listEvents(events, { category: '文体', status: 'ended' }, now))).toEqual(['ended-older'])
    // A month lists every event running in it, not only those starting in it.
    expect(ids(listEvents(events, { month: '2026-08' }, now))).toEqual(['ongoing-long'])
    expect(ids(listEvents(events, { month: '2026-07', status: 'upcoming' }, now))).toEqual(['upcoming-sooner'])
    expect(ids(listEvents(events, { day: '2026-07-02' }, now))).toEqual(['ongoing-short', 'ongoing-long'])
    expect(ids(listEvents(events, { day: '2026-07-03' }, now))).toEqual(['ongoing-long'])
    expect(listEvents(events, { month: '2026-13' }, now)).toEqual([])
  })
})

describe('groupByMonth', () => {
  it('groups by the Beijing month the occurrence starts in, months in order', () => {
    const now = '2027-01-10T12:00:00+08:00'
    const winter = makeEvent({
      id: 'winter',
      recurrence: 'annual',
      start: '2026-12-01T09:00:00+08:00',
      end: '2027-02-28T17:00:00+08:00',
    })
    const summer = makeEvent({
      id: 'summer',
      recurrence: 'annual',
      start: '2026-06-12T18:00:00+08:00',
      end: '2026-08-31T22:00:00+08:00',
    })
    // 00:30 on Feb 1 in Beijing is still Jan 31 in New York.
    const lateNight = makeEvent({
      id: 'late-night',
      start: '2027-02-01T00:30:00+08:00',
      end: '2027-02-01T02:00:00+08:00',
    })
    const earlyFeb = makeEvent({
      id: 'early-feb',
      start: '2027-02-03T09:00:00+08:00',
      end: '2027-02-03T17:00:00+08:00',
    })
    const groups = groupByMonth([summer, earlyFeb, winter, lateNight], now)
    expect(groups.map((g) => [g.month, g.label, g.events.map((e) => e.id)])).toEqual([
      ['2026-12', '2026年12月', ['winter']],
      ['2027-02', '2027年2月', ['late-night', 'early-feb']],
      ['2027-06', '2027年6月', ['summer']],
    ])
  })
})

describe('calendarMarks', () => {
  const now = '2026-11-01T12:00:00+08:00'
  const events = [
    makeEvent({ id: 'across', start: '2026-11-29T10:00:00+08:00', end: '2026-12-02T12:00:00+08:00' }),
    makeEvent({ id: 'single', start: '2026-12-20T09:00:00+08:00', end: '2026-12-20T17:00:00+08:00' }),
    // Late evening of Dec 31 Beijing; mid-morning in New York.
    makeEvent({ id: 'new-years-eve', start: '2026-12-31T23:00:00+08:00', end: '2026-12-31T23:59:00+08:00' }),
    // Just after midnight on Jan 1 Beijing; still Dec 31 in New York.
    makeEvent({ id: 'new-year', start: '2027-01-01T00:30:00+08:00', end: '2027-01-01T01:30:00+08:00' }),
  ]

  it('marks every day a multi-day event touches, on both sides of a month boundary', () => {
    expect(calendarMarks(events, 2026, 11, now)).toEqual([29, 30])
    expect(calendarMarks(events, 2026, 12, now)).toEqual([1, 2, 20, 31])
    expect(calendarMarks(events, 2027, 1, now)).toEqual([1])
    expect(calendarMarks(events, 2026, 10, now)).toEqual([])
  })

  it('marks an annual event at its current or next run', () => {
    const winter = makeEvent({
      id: 'winter',
      recurrence: 'annual',
      start: '2025-12-30T09:00:00+08:00',
      end: '2026-01-02T17:00:00+08:00',
    })
    expect(calendarMarks([winter], 2026, 12, now)).toEqual([30, 31])
    expect(calendarMarks([winter], 2027, 1, now)).toEqual([1, 2])
  })

  it('calendarStarts: only the day each run begins, in the month it begins', () => {
    expect(calendarStarts(events, 2026, 11, now)).toEqual([29])
    expect(calendarStarts(events, 2026, 12, now)).toEqual([20, 31])
    expect(calendarStarts(events, 2027, 1, now)).toEqual([1])
    expect(calendarStarts(events, 2026, 10, now)).toEqual([])
    const winter = makeEvent({
      id: 'winter',
      recurrence: 'annual',
      start: '2025-12-30T09:00:00+08:00',
      end: '2026-01-02T17:00:00+08:00',
    })
    expect(calendarStarts([winter], 2026, 12, now)).toEqual([30])
    expect(calendarStarts([winter], 2027, 1, now)).toEqual([])
  })
})

describe('byId', () => {
  it('finds by id', () => {
    expect(byId([festival, annualFestival], 'deer-annual')).toBe(annualFestival)
    expect(byId([festival], 'missing')).toBeUndefined()
  })
})

describe('the embedded events (src/content/events.json)', () => {
  const events = eventsJson as unknown as DistrictEvent[]
  // Events with an attraction are held at the sample places; real places host no invented programme.
  const attractionIds = ['snow-park', 'deer-theme-park']

  it('has enough events, 梅花鹿节 and 消夏节 among them', () => {
    expect(events.length).toBeGreaterThanOrEqual(14)
    const titles = events.map((e) => e.title)
    expect(titles.some((t) => t.includes('梅花鹿节'))).toBe(true)
    expect(titles.some((t) => t.includes('消夏节'))).toBe(true)
  })

  it('every record passes the event schema and the town references hold', () => {
    const townIds = new Set(townsJson.map((t) => t.id))
    for (const event of eventsJson) {
      const result = v.safeParse(eventSchema, event)
      expect([event.id, result.success ? [] : result.issues.map((i) => i.message)]).toEqual([event.id, []])
      // A festival the summary names has no town of ours; every other event's town exists.
      if (event.townId !== undefined) expect([event.id, townIds.has(event.townId)]).toEqual([event.id, true])
    }
  })

  it('passes validateRecords beside the embedded attractions (town and coordinates of each venue agree)', () => {
    const result = validateRecords({
      schemaVersion: 1,
      version: 1,
      updatedAt: '2026-11-26T08:00:00+08:00',
      edition: 'demo',
      towns: townsJson,
      livelihood: [],
      jobs: [],
      events: eventsJson,
      attractions: attractionsJson,
      policies: [],
    })
    expect(result.ok ? [] : result.problems).toEqual([])
  })

  it('refers only to the agreed attraction ids, in the attraction’s own town', () => {
    const real = new Map((attractionsJson as Array<{ id: string; townId: string }>).map((a) => [a.id, a.townId]))
    expect(real.size).toBeGreaterThan(0)
    expect(events.filter((e) => e.attractionId !== undefined).length).toBeGreaterThan(0)
    for (const event of events) {
      if (event.attractionId === undefined) continue
      expect(attractionIds).toContain(event.attractionId)
      // Held at the attraction, so in its town.
      expect([event.id, real.get(event.attractionId)]).toEqual([event.id, event.townId])
    }
  })

  // Quotes are checked against the document itself by `content:check -- --sources <dir>` (run by .ci/run).
  it('cites 梅花鹿节 and 消夏节 with the one quote that names them', () => {
    const cited = events.filter((e) => e.source.kind === 'cited')
    expect(cited.map((e) => e.id).sort()).toEqual(['meihualu-festival', 'xiaoxia-festival'])
    for (const event of cited) {
      if (event.source.kind !== 'cited') continue
      expect(event.source.quote).toBe('梅花鹿节、消夏节等节庆活动汇聚人气商气')
      // Only the dates are sample; no town or address of ours for a real festival.
      expect(event.source.sampleFields).toEqual(['recurrence', 'start', 'end'])
      expect([event.townId, event.address]).toEqual([undefined, undefined])
      expect([event.venue, event.price, event.highlights, event.schedule]).toEqual([
        '地点以当年公布为准',
        '以当年公布为准',
        [],
        [],
      ])
      expect(event.contact).toEqual({ name: '政务服务便民热线', phone: '12345' })
    }
  })

  it('on every day of 2026 some event is ongoing, some upcoming and some ended', () => {
    const gaps: string[] = []
    for (let day = 0; day < 365; day += 1) {
      const now = ms('2026-01-01T04:00:00Z') + day * 864e5 // noon in Beijing
      const statuses = new Set(events.map((e) => eventStatus(e, now)))
      for (const status of ['ongoing', 'upcoming', 'ended'] as const) {
        if (!statuses.has(status)) gaps.push(`${new Date(now).toISOString().slice(0, 10)} ${status}`)
      }
    }
    expect(gaps).toEqual([])
  })

  it('shows the festivals’ next runs on the pack date', () => {
    const now = '2026-11-26T08:00:00+08:00'
    const deer = byId(events, 'meihualu-festival')
    expect(deer && occurrenceFor(deer, now)).toEqual({
      start: ms('2027-08-18T01:00:00Z'),
      end: ms('2027-08-22T09:00:00Z'),
    })
    expect(deer && eventStatus(deer, now)).toBe('upcoming')
    const fair = byId(events, 'deer-products-winter-fair')
    expect(fair && countdownLabel(fair, now)).toBe('还剩9天')
  })
})

describe('datesUnannounced: a real festival whose dates are only an example', () => {
  const events = eventsJson as unknown as DistrictEvent[]
  const cited = (sampleFields?: string[]) =>
    ({
      source: { kind: 'cited', doc: '000_820736ea15743918.txt', quote: '某句原文', sampleFields },
    }) as const

  it('is true for 梅花鹿节 and 消夏节 (the summary names them, not their dates) and false for the sample events', () => {
    const unannounced = events.filter(datesUnannounced).map((e) => e.id)
    expect(unannounced.sort()).toEqual(['meihualu-festival', 'xiaoxia-festival'])
    expect(datesUnannounced(byId(events, 'horse-show-week')!)).toBe(false)
  })

  it('looks only at the date fields of a cited record', () => {
    expect(datesUnannounced(cited(['start']))).toBe(true)
    expect(datesUnannounced(cited(['end', 'townId']))).toBe(true)
    expect(datesUnannounced(cited(['recurrence']))).toBe(true)
    expect(datesUnannounced(cited(['townId', 'price']))).toBe(false)
    expect(datesUnannounced(cited())).toBe(false)
    expect(datesUnannounced({ source: { kind: 'sample' } })).toBe(false)
  })
})

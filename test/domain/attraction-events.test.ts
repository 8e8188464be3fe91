import type { DistrictEvent } from '../../src/content/schema'
import { eventsAt } from '../../src/packages/attractions/helper'

const NOW = '2026-11-26T10:00:00+08:00'

function event(id: string, start: string, end: string, recurrence: 'once' | 'annual' = 'once'): DistrictEvent {
  return {
    id,
    title: `活动 ${id}`,
    category: '节庆',
    recurrence,
    start,
    end,
    summary: '测试活动',
    venue: '测试会场',
    address: '双阳区测试路 1 号',
    townId: 'yunshan',
    attractionId: 'park',
    price: '免费',
    highlights: [],
    schedule: [],
    source: { kind: 'sample' },
  }
}

// Content order on purpose: 264 days away before 4 days away, an ended one first.
const far = event('far', '2027-08-17T09:00:00+08:00', '2027-08-20T17:00:00+08:00')
const ended = event('ended', '2026-10-01T09:00:00+08:00', '2026-10-03T17:00:00+08:00')
const soon = event('soon', '2026-11-30T09:00:00+08:00', '2026-11-30T17:00:00+08:00')
const elsewhere = { ...event('elsewhere', '2026-11-27T09:00:00+08:00', '2026-11-27T17:00:00+08:00'), attractionId: 'x' }
// Annual: its next run is 2027-08-10, a week before 'far'.
const annual = event('annual', '2025-08-10T09:00:00+08:00', '2025-08-12T17:00:00+08:00', 'annual')

test('an attraction lists its events by date: soonest first, the next run of an annual one in its place, ended last', () => {
  expect(eventsAt([far, ended, soon, elsewhere, annual], 'park', NOW).map((e) => e.id)).toEqual([
    'soon',
    'annual',
    'far',
    'ended',
  ])
})

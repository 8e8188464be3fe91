import { embeddedPack } from '@/content/index'
import { dayFromQuery, eventsShare, monthFromQuery } from '@/packages/events/helper'
import { jobFilterQuery, jobFiltersFromQuery, jobSortFromQuery } from '@/packages/jobs/helper'
import { cleanFilters, trackerQuery, trackerShareTitle } from '@/packages/livelihood/pages/list/helper'

const towns = embeddedPack.towns
const noQuery = { town: '', type: '', pay: '', schedule: '', expired: '' }

describe('jobs list links', () => {
  it('reads every filter a chip offers', () => {
    expect(
      jobFiltersFromQuery(
        { town: 'taiping', type: 'public-welfare', pay: '3000-5000', schedule: 'part-time', expired: '1' },
        towns,
      ),
    ).toEqual({
      townId: 'taiping',
      type: 'public-welfare',
      payBand: '3000-5000',
      schedule: 'part-time',
      includeExpired: true,
    })
  })

  it('drops what no chip offers', () => {
    expect(
      jobFiltersFromQuery({ town: 'atlantis', type: 'x', pay: '9999', schedule: 'night', expired: 'yes' }, towns),
    ).toEqual({ townId: undefined, type: undefined, payBand: undefined, schedule: undefined, includeExpired: false })
    expect(jobFiltersFromQuery(noQuery, towns).includeExpired).toBe(false)
  })

  it('writes them back in chip order', () => {
    expect(jobFilterQuery({ townId: 'taiping', type: 'public-welfare', includeExpired: false })).toEqual([
      ['town', 'taiping'],
      ['type', 'public-welfare'],
      ['pay', undefined],
      ['schedule', undefined],
      ['expired', false],
      ['sort', undefined],
    ])
    expect(jobFilterQuery({ includeExpired: true }, 'pay').slice(-2)).toEqual([
      ['expired', true],
      ['sort', 'pay'],
    ])
  })

  it('reads the order from a link; an order no chip offers is the newest first', () => {
    expect(jobSortFromQuery('pay')).toBe('pay')
    expect(jobSortFromQuery('closing')).toBe('closing')
    for (const odd of ['', 'random', 'PAY', '1e308']) expect(jobSortFromQuery(odd)).toBe('newest')
  })
})

describe('events list links', () => {
  it('a month is YYYY-MM', () => {
    expect(monthFromQuery('2026-12')).toEqual({ year: 2026, month: 12 })
    for (const bad of ['2026-13', '2026-1', '26-12', '', '2026-12-01']) expect(monthFromQuery(bad)).toBeUndefined()
  })

  it('a day must exist in that month', () => {
    expect(dayFromQuery('19', { year: 2026, month: 12 })).toBe(19)
    expect(dayFromQuery('29', { year: 2027, month: 2 })).toBeUndefined()
    expect(dayFromQuery('29', { year: 2028, month: 2 })).toBe(29)
    for (const bad of ['0', '32', 'x', '', '1.5']) expect(dayFromQuery(bad, { year: 2026, month: 12 })).toBeUndefined()
  })

  it('shares the month and the day', () => {
    expect(eventsShare({ year: 2026, month: 12 }, 19)).toEqual({
      title: '节庆活动：2026年12月19日',
      query: [
        ['month', '2026-12'],
        ['day', '19'],
      ],
    })
    expect(eventsShare({ year: 2027, month: 8 }, undefined).title).toBe('节庆活动：2027年8月')
  })
})

describe('livelihood list links', () => {
  it('titles a shared list by its part and filters', () => {
    expect(trackerShareTitle({ view: 'demo', category: '教育', status: 'done' })).toBe(
      '民生实事：演示计划（虚构示例） · 教育 · 已完成',
    )
    expect(trackerShareTitle({ view: 'demo' })).toBe('民生实事：演示计划（虚构示例）')
    expect(trackerShareTitle({})).toBe('民生实事：2022年工作总结怎么说')
  })

  it('uses the deep-link names the list reads; the summary view needs none', () => {
    expect(trackerQuery({ view: 'demo', category: '教育', status: 'done', sort: 'progress' })).toEqual([
      ['view', 'demo'],
      ['category', '教育'],
      ['status', 'done'],
      ['sort', 'progress'],
    ])
    expect(trackerQuery({ view: 'reported' })).toEqual([
      ['view', undefined],
      ['category', undefined],
      ['status', undefined],
      ['sort', undefined],
    ])
  })

  it('reads a link that names a demo filter as the demo plan, and drops what no chip offers', () => {
    expect(cleanFilters({ category: '教育', town: 'yunshan', status: 'finished' })).toEqual({
      view: 'demo',
      category: '教育',
    })
    expect(cleanFilters({ view: 'other', sort: 'random' })).toEqual({})
  })
})

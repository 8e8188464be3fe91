import jobsJson from '../../src/content/jobs.json'
import towns from '../../src/content/towns.json'
import { FICTIONAL_PHONE_PATTERN, type Job } from '../../src/content/schema'
import { validateRecords } from '../../src/content/validate'
import {
  daysLeftLabel,
  isJobExpired,
  jobAgeLabel,
  jobFacets,
  jobTypeLabel,
  listJobs,
  matchesPayRange,
  monthlyPay,
  payLabel,
  scheduleLabel,
  sortJobs,
} from '../../src/domain/jobs'
import { openJobsNewestFirst } from '../../src/domain/job-posts'
import { byId } from '../../src/domain/records'

// The jest config runs tests outside Beijing (TZ=America/New_York); instants below
// are written with an explicit zone so they mean the same moment everywhere.
const NOW = '2026-11-26T10:00:00+08:00'

function makeJob(overrides: Partial<Job> & Pick<Job, 'id'>): Job {
  return {
    title: `岗位 ${overrides.id}`,
    employer: '某公司（示例）',
    type: 'enterprise',
    schedule: 'full-time',
    townId: 'yunshan',
    address: '云山街道某路',
    pay: { min: 3000, max: 4000, unit: 'month' },
    hours: '8:00—17:00',
    headcount: 1,
    duties: ['做事'],
    requirements: ['肯干'],
    postedAt: '2026-11-20',
    deadline: '2026-12-20',
    contact: { name: '张先生（示例）', phone: '0431-00001234' },
    source: { kind: 'sample' },
    ...overrides,
  }
}

describe('isJobExpired', () => {
  const job = makeJob({ id: 'a', deadline: '2026-11-26' })

  it('is open through the last millisecond of the deadline day, Beijing time', () => {
    expect(isJobExpired(job, '2026-11-26T23:59:59.999+08:00')).toBe(false)
    expect(isJobExpired(job, '2026-11-26T00:00:00+08:00')).toBe(false)
  })

  it('expires at 00:00 Beijing the next day', () => {
    expect(isJobExpired(job, '2026-11-27T00:00:00+08:00')).toBe(true)
  })

  it('uses the Beijing day, not the device or UTC day', () => {
    // 16:00 UTC on the 26th is already 00:00 on the 27th in Beijing.
    expect(isJobExpired(job, '2026-11-26T15:59:59.999Z')).toBe(false)
    expect(isJobExpired(job, '2026-11-26T16:00:00Z')).toBe(true)
    expect(isJobExpired(job, new Date(Date.UTC(2026, 10, 26, 16, 0, 0)))).toBe(true)
  })
})

describe('jobAgeLabel', () => {
  it.each([
    ['2026-11-26', '今天发布'],
    ['2026-11-25', '昨天发布'],
    ['2026-11-23', '3天前发布'],
    ['2026-10-01', '2026年10月1日发布'],
  ])('posted %s reads %s on 2026-11-26', (postedAt, label) => {
    expect(jobAgeLabel(makeJob({ id: 'a', postedAt }), NOW)).toBe(label)
  })

  it('counts days in Beijing: 00:30 on the 26th in Beijing is still the 25th in UTC', () => {
    const now = '2026-11-25T16:30:00Z'
    expect(jobAgeLabel(makeJob({ id: 'a', postedAt: '2026-11-26' }), now)).toBe('今天发布')
    expect(jobAgeLabel(makeJob({ id: 'b', postedAt: '2026-11-25' }), now)).toBe('昨天发布')
  })
})

describe('daysLeftLabel', () => {
  it.each([
    ['2026-11-29', '还剩3天截止'],
    ['2026-11-27', '明天截止'],
    ['2026-11-26', '今天截止'],
    ['2026-11-25', '已截止'],
  ])('deadline %s reads %s on 2026-11-26', (deadline, label) => {
    expect(daysLeftLabel(makeJob({ id: 'a', deadline }), NOW)).toBe(label)
  })

  it('reads 今天截止 until the end of the day and 已截止 right after', () => {
    const job = makeJob({ id: 'a', deadline: '2026-11-26' })
    expect(daysLeftLabel(job, '2026-11-26T23:59:59.999+08:00')).toBe('今天截止')
    expect(daysLeftLabel(job, '2026-11-27T00:00:00+08:00')).toBe('已截止')
  })
})

describe('labels', () => {
  it('formats pay per unit', () => {
    expect(payLabel(makeJob({ id: 'a', pay: { min: 3000, max: 4500, unit: 'month' } }))).toBe('3000–4500元/月')
    expect(payLabel(makeJob({ id: 'a', pay: { min: 150, max: 150, unit: 'day' } }))).toBe('150元/天')
    expect(payLabel(makeJob({ id: 'a', pay: { min: 18, max: 22, unit: 'hour' } }))).toBe('18–22元/小时')
  })

  it('names types and schedules', () => {
    expect(jobTypeLabel('enterprise')).toBe('企业岗位')
    expect(jobTypeLabel('public-welfare')).toBe('公益岗位')
    expect(jobTypeLabel('poverty-relief')).toBe('扶贫岗位')
    expect(scheduleLabel('full-time')).toBe('全职')
    expect(scheduleLabel('part-time')).toBe('兼职')
  })
})

describe('pay ranges', () => {
  it('converts day pay ×22 and hour pay ×8×22 to a month', () => {
    expect(monthlyPay(makeJob({ id: 'a', pay: { min: 150, max: 200, unit: 'day' } }))).toEqual({ min: 3300, max: 4400 })
    expect(monthlyPay(makeJob({ id: 'a', pay: { min: 18, max: 20, unit: 'hour' } }))).toEqual({ min: 3168, max: 3520 })
  })

  it('puts a post in the one band holding the middle of its range', () => {
    // 2800–3500: middle 3150. 2400–3000: middle 2700.
    const straddling = makeJob({ id: 'a', pay: { min: 2800, max: 3500, unit: 'month' } })
    expect(matchesPayRange(straddling, 'lt3000')).toBe(false)
    expect(matchesPayRange(straddling, '3000-5000')).toBe(true)
    expect(matchesPayRange(straddling, 'gt5000')).toBe(false)
    const low = makeJob({ id: 'b', pay: { min: 2400, max: 3000, unit: 'month' } })
    expect([matchesPayRange(low, 'lt3000'), matchesPayRange(low, '3000-5000')]).toEqual([true, false])
  })

  it('counts every open post in exactly one band: the band counts add up to the posts', () => {
    const all = jobsJson as Job[]
    const facets = jobFacets(all, {}, NOW)
    const open = listJobs(all, {}, NOW).length
    expect(facets.payRanges.lt3000 + facets.payRanges['3000-5000'] + facets.payRanges.gt5000).toBe(open)
  })

  it('treats band edges: 3000 is not below 3000, 5000 is not above 5000', () => {
    const exactly3000 = makeJob({ id: 'a', pay: { min: 3000, max: 3000, unit: 'month' } })
    const exactly5000 = makeJob({ id: 'b', pay: { min: 5000, max: 5000, unit: 'month' } })
    expect(matchesPayRange(exactly3000, 'lt3000')).toBe(false)
    expect(matchesPayRange(exactly3000, '3000-5000')).toBe(true)
    expect(matchesPayRange(exactly5000, '3000-5000')).toBe(true)
    expect(matchesPayRange(exactly5000, 'gt5000')).toBe(false)
  })

  it('compares day and hour pay by their monthly equivalent', () => {
    // 130元/天 = 2860元/月; 250元/天 = 5500元/月; 30元/小时 = 5280元/月.
    expect(matchesPayRange(makeJob({ id: 'a', pay: { min: 130, max: 130, unit: 'day' } }), 'lt3000')).toBe(true)
    expect(matchesPayRange(makeJob({ id: 'a', pay: { min: 250, max: 250, unit: 'day' } }), 'gt5000')).toBe(true)
    expect(matchesPayRange(makeJob({ id: 'a', pay: { min: 30, max: 30, unit: 'hour' } }), 'gt5000')).toBe(true)
    expect(matchesPayRange(makeJob({ id: 'a', pay: { min: 30, max: 30, unit: 'hour' } }), '3000-5000')).toBe(false)
  })

  it('accepts custom inclusive bounds, either end open', () => {
    const job = makeJob({ id: 'a', pay: { min: 150, max: 150, unit: 'day' } }) // 3300/月
    expect(matchesPayRange(job, { min: 3300, max: 3300 })).toBe(true)
    expect(matchesPayRange(job, { min: 3301 })).toBe(false)
    expect(matchesPayRange(job, { max: 3299 })).toBe(false)
    expect(matchesPayRange(job, {})).toBe(true)
  })
})

describe('listJobs', () => {
  const jobs = [
    makeJob({ id: 'old', postedAt: '2026-11-01', deadline: '2026-12-31' }),
    makeJob({ id: 'expired', postedAt: '2026-11-10', deadline: '2026-11-25' }),
    makeJob({ id: 'new-late', postedAt: '2026-11-26', deadline: '2026-12-31' }),
    makeJob({ id: 'new-soon', title: '司机', postedAt: '2026-11-26', deadline: '2026-12-01' }),
    makeJob({ id: 'new-soon-b', title: '保洁员', postedAt: '2026-11-26', deadline: '2026-12-01' }),
    makeJob({
      id: 'welfare-part',
      type: 'public-welfare',
      schedule: 'part-time',
      townId: 'luxiang',
      pay: { min: 120, max: 130, unit: 'day' },
      postedAt: '2026-11-25',
    }),
    makeJob({
      id: 'relief-luxiang',
      type: 'poverty-relief',
      townId: 'luxiang',
      pay: { min: 2000, max: 2400, unit: 'month' },
      postedAt: '2026-11-24',
    }),
    makeJob({
      id: 'well-paid',
      townId: 'sheling',
      pay: { min: 5000, max: 6000, unit: 'month' },
      postedAt: '2026-11-23',
    }),
  ]
  const ids = (list: Job[]) => list.map((j) => j.id)

  it('lists open posts newest first, then closing soonest, then by title', () => {
    // Same day and deadline: 保洁员 before 司机 by title.
    expect(ids(listJobs(jobs, {}, NOW))).toEqual([
      'new-soon-b',
      'new-soon',
      'new-late',
      'welfare-part',
      'relief-luxiang',
      'well-paid',
      'old',
    ])
  })

  it('gives home the same open posts in the same order (job-posts.ts, without the filters)', () => {
    expect(ids(openJobsNewestFirst(jobs, NOW))).toEqual([
      'new-soon-b',
      'new-soon',
      'new-late',
      'welfare-part',
      'relief-luxiang',
      'well-paid',
      'old',
    ])
    expect(ids(openJobsNewestFirst(jobs, '2026-11-25T23:59:59+08:00'))).toContain('expired')
  })

  it('hides expired posts unless asked', () => {
    expect(ids(listJobs(jobs, {}, NOW))).not.toContain('expired')
    expect(ids(listJobs(jobs, { includeExpired: true }, NOW))).toContain('expired')
    // The day before, on its deadline, the post is still listed.
    expect(ids(listJobs(jobs, {}, '2026-11-25T23:59:59+08:00'))).toContain('expired')
  })

  it('combines filters', () => {
    expect(ids(listJobs(jobs, { townId: 'luxiang' }, NOW))).toEqual(['welfare-part', 'relief-luxiang'])
    expect(ids(listJobs(jobs, { townId: 'luxiang', type: 'poverty-relief' }, NOW))).toEqual(['relief-luxiang'])
    expect(ids(listJobs(jobs, { townId: 'luxiang', schedule: 'part-time' }, NOW))).toEqual(['welfare-part'])
    expect(ids(listJobs(jobs, { townId: 'luxiang', payRange: 'lt3000' }, NOW))).toEqual([
      'welfare-part',
      'relief-luxiang',
    ])
    expect(ids(listJobs(jobs, { townId: 'luxiang', payRange: 'lt3000', schedule: 'full-time' }, NOW))).toEqual([
      'relief-luxiang',
    ])
    expect(ids(listJobs(jobs, { payRange: 'gt5000' }, NOW))).toEqual(['well-paid'])
    expect(listJobs(jobs, { townId: 'sheling', type: 'public-welfare' }, NOW)).toEqual([])
  })

  it('orders same-day posts with the same deadline by radical and strokes, not by pinyin', () => {
    // 保 (人 radical) before 安 (宀 radical), though ān comes before bǎo.
    const tied = [
      makeJob({ id: 'an-bao', title: '安保员', postedAt: '2026-11-26', deadline: '2026-12-20' }),
      makeJob({ id: 'bao-an', title: '保安员', postedAt: '2026-11-26', deadline: '2026-12-20' }),
    ]
    expect(ids(listJobs(tied, {}, NOW))).toEqual(['bao-an', 'an-bao'])
    expect(ids(sortJobs(tied, 'newest', NOW))).toEqual(['bao-an', 'an-bao'])
  })

  it('does not reorder the input', () => {
    const before = ids(jobs)
    listJobs(jobs, {}, NOW)
    expect(ids(jobs)).toEqual(before)
  })

  it('counts what each filter option would leave, keeping the other filters', () => {
    const facets = jobFacets(jobs, { townId: 'luxiang' }, NOW)
    expect(facets.total).toBe(2)
    // Town counts ignore the town filter itself: 7 open posts in all.
    expect(facets.towns).toEqual({ yunshan: 4, luxiang: 2, sheling: 1 })
    expect(facets.types).toEqual({ enterprise: 0, 'public-welfare': 1, 'poverty-relief': 1 })
    expect(facets.schedules).toEqual({ 'full-time': 1, 'part-time': 1 })
    // 120–130元/天 = 2640–2860元/月; 2000–2400元/月.
    expect(facets.payRanges).toEqual({ lt3000: 2, '3000-5000': 0, gt5000: 0 })
  })

  it('counts a town whose id is a name Object.prototype has (constructor) like any other', () => {
    const odd = [makeJob({ id: 'odd-a', townId: 'constructor' }), makeJob({ id: 'odd-b', townId: 'constructor' })]
    const pack = {
      schemaVersion: 1,
      version: 1,
      updatedAt: '2026-11-26T08:00:00+08:00',
      edition: 'demo',
      towns: [...towns, { ...towns[0]!, id: 'constructor' }],
      livelihood: [],
      jobs: odd,
      events: [],
      attractions: [],
      policies: [],
    }
    // The checker lets such an id through: it is lower-case kebab-case.
    expect(validateRecords(pack).ok).toBe(true)
    const facets = jobFacets(odd, {}, NOW)
    expect(facets.towns.constructor).toBe(2)
    expect(facets.towns.yunshan).toBeUndefined()
    expect(jobFacets([], {}, NOW).towns.constructor).toBeUndefined()
  })

  it('counts expired posts only when they are shown', () => {
    expect(jobFacets(jobs, {}, NOW).total).toBe(7)
    expect(jobFacets(jobs, { includeExpired: true }, NOW).total).toBe(8)
  })

  it('gets a post by id', () => {
    expect(byId(jobs, 'well-paid')?.townId).toBe('sheling')
    expect(byId(jobs, 'nope')).toBeUndefined()
  })
})

describe('the embedded job posts', () => {
  const jobs = jobsJson as Job[]
  const pack = {
    schemaVersion: 1,
    version: 1,
    updatedAt: '2026-11-26T08:00:00+08:00',
    edition: 'demo',
    towns,
    livelihood: [],
    jobs: jobsJson,
    events: [],
    attractions: [],
    policies: [],
  }

  it('has at least 30 posts, all valid', () => {
    expect(jobs.length).toBeGreaterThanOrEqual(30)
    const result = validateRecords(pack)
    expect(result.ok ? [] : result.problems).toEqual([])
  })

  it('are all sample posts with generic employers and fictional phones', () => {
    for (const job of jobs) {
      expect(job.source.kind).toBe('sample')
      expect(job.contact.phone).toMatch(FICTIONAL_PHONE_PATTERN)
      expect(job.employer).toMatch(/某|示例/)
    }
  })

  it('offers every type and schedule', () => {
    expect(new Set(jobs.map((j) => j.type))).toEqual(new Set(['enterprise', 'public-welfare', 'poverty-relief']))
    expect(new Set(jobs.map((j) => j.schedule))).toEqual(new Set(['full-time', 'part-time']))
  })

  it('on 2026-11-26: some expired, most open, some posted today and yesterday', () => {
    const expired = jobs.filter((j) => isJobExpired(j, NOW))
    expect(expired.length).toBeGreaterThanOrEqual(5)
    expect(expired.length).toBeLessThanOrEqual(8)
    expect(listJobs(jobs, {}, NOW).length).toBe(jobs.length - expired.length)
    expect(listJobs(jobs, {}, NOW).length).toBeGreaterThan(jobs.length / 2)
    const ages = listJobs(jobs, {}, NOW).map((j) => jobAgeLabel(j, NOW))
    expect(ages).toContain('今天发布')
    expect(ages).toContain('昨天发布')
    expect(ages[0]).toBe('今天发布')
  })

  it('keeps pay within realistic ranges for the district', () => {
    const limits = { month: [2000, 6000], day: [120, 250], hour: [18, 30] } as const
    for (const { pay } of jobs) {
      const [lo, hi] = limits[pay.unit]
      expect(pay.min).toBeGreaterThanOrEqual(lo)
      expect(pay.max).toBeLessThanOrEqual(hi)
    }
  })
})

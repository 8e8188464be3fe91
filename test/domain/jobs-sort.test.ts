import { type Job } from '../../src/content/schema'
import { isClosingSoon, sortJobs } from '../../src/domain/jobs'

// Written outside Beijing on purpose (jest runs in America/New_York): the instant is explicit.
const NOW = '2026-11-26T10:00:00+08:00'

function job(id: string, postedAt: string, deadline: string, pay: Job['pay']): Job {
  return {
    id,
    title: `岗位 ${id}`,
    employer: '某公司（示例）',
    type: 'enterprise',
    schedule: 'full-time',
    townId: 'yunshan',
    address: '云山街道某路',
    pay,
    hours: '8:00—17:00',
    headcount: 1,
    duties: ['做事'],
    requirements: ['肯干'],
    postedAt,
    deadline,
    contact: { name: '张先生（示例）', phone: '0431-00001234' },
    source: { kind: 'sample' },
  }
}

const a = job('a', '2026-11-25', '2026-12-30', { min: 3000, max: 3500, unit: 'month' })
const b = job('b', '2026-11-10', '2026-11-28', { min: 150, max: 200, unit: 'day' }) // 3300–4400 a month
const c = job('c', '2026-11-20', '2026-11-25', { min: 6000, max: 8000, unit: 'month' }) // closed yesterday
const d = job('d', '2026-11-01', '2026-12-05', { min: 20, max: 25, unit: 'hour' }) // 3520–4400 a month
const all = [a, b, c, d]

test('最新发布: newest post first', () => {
  expect(sortJobs(all, 'newest', NOW).map((j) => j.id)).toEqual(['a', 'c', 'b', 'd'])
})

test('即将截止: open posts by deadline, the expired one last', () => {
  expect(sortJobs(all, 'closing', NOW).map((j) => j.id)).toEqual(['b', 'd', 'a', 'c'])
})

test('薪资从高到低: by the middle of the monthly pay, then its top', () => {
  // c 7000, b 3850, d 3960 (20–25元/小时 × 176), a 3250.
  expect(sortJobs(all, 'pay', NOW).map((j) => j.id)).toEqual(['c', 'd', 'b', 'a'])
})

test('薪资从高到低: a part-time post comes after every full-time one, however high its hourly pay', () => {
  const tutor = {
    ...job('e', '2026-11-20', '2026-12-30', { min: 40, max: 50, unit: 'hour' }),
    schedule: 'part-time' as const,
  }
  expect(sortJobs([...all, tutor], 'pay', NOW).map((j) => j.id)).toEqual(['c', 'd', 'b', 'a', 'e'])
})

test.each([
  ['2026-11-26', true], // today
  ['2026-11-29', true], // in 3 days
  ['2026-11-30', false], // in 4 days
  ['2026-11-25', false], // already closed
])('closing soon with deadline %s: %s', (deadline, soon) => {
  expect(isClosingSoon({ deadline }, NOW)).toBe(soon)
})

import Taro from '@tarojs/taro'
import { NAV_GUARD_MS, openRoute } from '@/platform/nav'

const DETAIL = '/packages/jobs/pages/detail/index?id=job-a'
const OTHER = '/packages/jobs/pages/detail/index?id=job-b'

let pushes: jest.SpyInstance
let clock = 1_000_000

beforeEach(() => {
  // Far past the previous test's pushes.
  clock += 10 * NAV_GUARD_MS
  pushes = jest.spyOn(Taro, 'navigateTo').mockImplementation(() => Promise.resolve({ errMsg: 'navigateTo:ok' }))
  jest.spyOn(Taro, 'getCurrentPages').mockImplementation(() => [])
})

afterEach(() => jest.restoreAllMocks())

const now = () => clock

test('a double tap in one burst opens the page once', async () => {
  await Promise.all([openRoute(DETAIL, now), openRoute(DETAIL, now)])
  expect(pushes).toHaveBeenCalledTimes(1)
})

test('a second tap 0 ms after the first push finished still opens nothing more', async () => {
  await openRoute(DETAIL, now)
  await openRoute(DETAIL, now)
  expect(pushes).toHaveBeenCalledTimes(1)
})

test('two different items tapped while the first push is under way: only the first opens', async () => {
  await Promise.all([openRoute(DETAIL, now), openRoute(OTHER, now)])
  expect(pushes.mock.calls.map(([o]) => (o as { url: string }).url)).toEqual([DETAIL])
})

test('the same page again after the guard time, or another page once the push is done, opens', async () => {
  await openRoute(DETAIL, now)
  await openRoute(OTHER, now)
  clock += NAV_GUARD_MS
  await openRoute(DETAIL, now)
  expect(pushes.mock.calls.map(([o]) => (o as { url: string }).url)).toEqual([DETAIL, OTHER, DETAIL])
})

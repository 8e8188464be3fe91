import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import HomePage from '@/pages/index/index'
import MinePage from '@/pages/mine/index'
import EventsListPage from '@/packages/events/pages/list/index'
import JobDetailPage from '@/packages/jobs/pages/detail/index'
import JobsListPage from '@/packages/jobs/pages/list/index'
import PoliciesListPage from '@/packages/policies/pages/list/index'
import { loadWholeRecords } from '../support/whole-records'

let mockId = ''
const mockShares: Array<{ title: string } | undefined> = []
// H5 draws a list's step in idle moments (use-paged-list); here the idle moment comes at once, so a render shows the
// whole step as weapp's does. test/e2e/list-steps.test.ts covers the drawing in parts.
jest.mock('@/platform/idle', () => ({ whenIdle: (task: () => void) => (task(), () => undefined) }))
jest.mock('@/hooks/use-query-param', () => ({ useQueryParam: (name: string) => (name === 'id' ? mockId : undefined) }))
jest.mock('@/hooks/use-sharing', () => ({ useSharing: (target?: { title: string }) => mockShares.push(target) }))

// Pinned "now": 2026-11-26 10:00 Beijing, the content pack's own date.
const NOW = Date.parse('2026-11-26T10:00:00+08:00')

beforeAll(loadWholeRecords)

beforeEach(() => {
  jest.spyOn(Date, 'now').mockReturnValue(NOW)
  mockShares.length = 0
})

afterEach(() => jest.restoreAllMocks())

/** The text of the element of this class whose text starts with `title`. */
function rowText(className: string, title: string): string | undefined {
  return Array.from(document.querySelectorAll(className), (e) => e.textContent ?? '').find((t) => t.startsWith(title))
}

// Titles and marks written from the content by hand: every sample record says so wherever it appears.
describe('a sample record carries its mark wherever it appears', () => {
  it('home: the coming events and the newest posts', async () => {
    render(<HomePage />)
    // Every row on home at the pinned moment is a sample record (the rows come with the records' summary).
    await waitFor(() => expect(document.querySelectorAll('.sy-home__row-title').length).toBeGreaterThan(0))
    expect(Array.from(document.querySelectorAll('.sy-home__row-title'), (e) => e.textContent)).toEqual([
      '冬季鹿产品展销会（示例）',
      '冰雪季（示例）',
      '2027 新春灯会示例',
      '课后托管老师助理示例',
      '养老护理助理（公益岗位）示例',
      '村级防火巡查员（扶贫岗位）示例',
    ])
  })

  it('the job and event lists', () => {
    render(<JobsListPage />)
    expect(rowText('.sy-job__title', '梅花鹿饲养员')).toBe('梅花鹿饲养员示例')
    render(<EventsListPage />)
    expect(rowText('.sy-event-card__title', '国庆游园会')).toBe('国庆游园会示例')
    // Said once when the title already says it.
    expect(rowText('.sy-event-card__title', '冰雪季')).toBe('冰雪季（示例）')
  })

  it('the policy list: general guidance is marked 一般指引, a cited policy is not', () => {
    render(<PoliciesListPage />)
    expect(rowText('.sy-policy-card__title', '临时救助')).toBe('临时救助：突然遇到难处时一般指引')
    expect(rowText('.sy-policy-card__title', '城乡低保')).toBe('城乡低保（最低生活保障）')
  })

  it('the share card and 我的 favourites', async () => {
    mockId = 'luxiang-deer-keeper'
    const detail = render(<JobDetailPage />)
    expect(mockShares.filter(Boolean).at(-1)?.title).toBe('【示例】梅花鹿饲养员｜3500–4500元/月')
    act(() => {
      fireEvent.click(screen.getByText('收藏'))
    })
    detail.unmount()
    render(<MinePage />)
    await waitFor(() => expect(rowText('.sy-mine__fav-title', '梅花鹿饲养员')).toBe('梅花鹿饲养员示例'))
  })
})

import { act, fireEvent, render, screen } from '@testing-library/react'
import { embeddedPack } from '@/content/index'
import { detailPath } from '@/domain/routes'
import { SELF_CHECK_DISCLAIMER } from '@/domain/self-check'
import { listFilters } from '@/platform/stores'
import PoliciesListPage from '@/packages/policies/pages/list/index'
import PolicyDetailPage from '@/packages/policies/pages/detail/index'
import { loadWholeRecords } from '../support/whole-records'

const mockParams: Record<string, string> = {}
const mockOpenRoute = jest.fn()
const mockCall = jest.fn()
const mockSpeaker = { supported: true, speak: jest.fn(), pause: jest.fn(), resume: jest.fn(), stop: jest.fn() }
const mockHideHandlers: Array<() => void> = []

jest.mock('@tarojs/taro', () => {
  const actual = jest.requireActual('@tarojs/taro')
  return {
    __esModule: true,
    ...actual,
    default: actual.default,
    useRouter: () => ({ params: mockParams }),
    useShareAppMessage: () => undefined,
    useShareTimeline: () => undefined,
    useDidHide: (fn: () => void) => mockHideHandlers.push(fn),
    useUnload: () => undefined,
  }
})
jest.mock('@/platform/nav', () => ({
  openRoute: (url: string) => mockOpenRoute(url),
  goHome: jest.fn(),
  isOpenedCold: () => false,
  safePageDepth: () => 2,
}))
jest.mock('@/platform/phone', () => ({ callPhone: (n: string) => mockCall(n) }))
jest.mock('@/platform/speech', () => ({ getSpeaker: () => mockSpeaker }))

const policies = embeddedPack.policies
const dibao = policies.find((p) => p.id === 'dibao')!

beforeAll(loadWholeRecords)

beforeEach(() => {
  for (const k of Object.keys(mockParams)) delete mockParams[k]
  listFilters.clear()
  mockOpenRoute.mockClear()
  mockCall.mockClear()
  mockHideHandlers.length = 0
  Object.values(mockSpeaker).forEach((f) => typeof f === 'function' && f.mockClear())
})

describe('政策 list', () => {
  it('lists every policy with its plain summary, and filters by category', () => {
    render(<PoliciesListPage />)
    expect(screen.getByText(`全部 ${policies.length} 项政策`)).toBeInTheDocument()
    expect(screen.getByText(dibao.summary)).toBeInTheDocument()
    const medical = policies.filter((p) => p.category === '医疗保障')
    expect(screen.queryByText(`医疗保障 ${medical.length}`)).toBeNull()
    fireEvent.click(screen.getByRole('button', { name: /^筛选：全部/ }))
    fireEvent.click(screen.getByText(`医疗保障 ${medical.length}`))
    expect(screen.getByText(`医疗保障 ${medical.length} 项`)).toBeInTheDocument()
    expect(screen.queryByText(dibao.summary)).not.toBeInTheDocument()
    fireEvent.click(screen.getByText(medical[0]!.title))
    expect(mockOpenRoute).toHaveBeenCalledWith(detailPath('policies', medical[0]!.id))
  })
})

describe('我能申请吗', () => {
  it('turns answers into suggested policies that open, with the disclaimer, storing nothing', () => {
    const stored = window.localStorage.length
    render(<PoliciesListPage />)
    fireEvent.click(screen.getByText('开始自测'))
    expect(screen.getByText('请至少回答一题')).toBeInTheDocument()
    fireEvent.click(screen.getByText('一直很难，收入很低，吃饭看病都发愁'))
    fireEvent.click(screen.getByText('本地农村户口'))
    fireEvent.click(screen.getByText('看看哪些政策适合我'))

    expect(screen.getByText(/^很可能符合（\d+ 项）$/)).toBeInTheDocument()
    expect(screen.getAllByText('符合的条件：户口在本地；家里收入很低').length).toBeGreaterThan(0)
    expect(screen.getByText(/^可以问问（\d+ 项）$/)).toBeInTheDocument()
    expect(screen.getAllByText(/^还要问清：/).length).toBeGreaterThan(0)
    expect(screen.getByText(SELF_CHECK_DISCLAIMER)).toBeInTheDocument()

    // The first copy of the title is the suggestion (the self-check sits above the list).
    fireEvent.click(screen.getAllByText(dibao.title)[0]!)
    expect(mockOpenRoute).toHaveBeenCalledWith(detailPath('policies', 'dibao'))
    expect(window.localStorage.length).toBe(stored)
  })

  it('opens straight into the self-check from a link, and starts over on 重新回答', () => {
    mockParams.check = '1'
    render(<PoliciesListPage />)
    fireEvent.click(screen.getAllByText('有')[0]!)
    expect(screen.getByText('已回答 1 / 12 题')).toBeInTheDocument()
    fireEvent.click(screen.getByText('重新回答'))
    expect(screen.getByText('已回答 0 / 12 题')).toBeInTheDocument()
  })

  // 重新回答 sits right under 看看哪些政策适合我: a slip must not cost twelve answers.
  it('撤销 after 重新回答 brings back every answer and the result; the next answer drops the offer', () => {
    render(<PoliciesListPage />)
    fireEvent.click(screen.getByText('开始自测'))
    fireEvent.click(screen.getByText('一直很难，收入很低，吃饭看病都发愁'))
    fireEvent.click(screen.getByText('本地农村户口'))
    fireEvent.click(screen.getByText('看看哪些政策适合我'))
    const likely = screen.getByText(/^很可能符合（\d+ 项）$/).textContent
    fireEvent.click(screen.getByText('重新回答'))
    expect(screen.getByText('已回答 0 / 12 题')).toBeInTheDocument()
    expect(screen.queryByText(/^很可能符合/)).toBeNull()
    expect(screen.getByRole('status')).toHaveTextContent('已清空全部回答')
    fireEvent.click(screen.getByText('撤销'))
    expect(screen.getByText('已回答 2 / 12 题')).toBeInTheDocument()
    expect(screen.getByText(/^很可能符合（\d+ 项）$/).textContent).toBe(likely)
    expect(screen.queryByText('已清空全部回答')).toBeNull()

    fireEvent.click(screen.getByText('重新回答'))
    fireEvent.click(screen.getByText('本地农村户口'))
    expect(screen.queryByText('已清空全部回答')).toBeNull()
    expect(screen.getByText('已回答 1 / 12 题')).toBeInTheDocument()
  })
})

describe('政策 detail', () => {
  it('renders the structured sections, reviewed date and source', () => {
    mockParams.id = dibao.id
    render(<PolicyDetailPage />)
    // The page heading and, on H5, the title bar.
    expect(screen.getAllByText(dibao.title)).toHaveLength(2)
    for (const heading of [
      '谁能申请',
      '要带什么',
      '去哪里办',
      '打电话问',
      ...(dibao.sections ?? []).map((s) => s.heading),
    ]) {
      expect(screen.getByText(heading)).toBeInTheDocument()
    }
    expect(screen.getByText(dibao.whoQualifies[0]!)).toBeInTheDocument()
    expect(screen.getByText(/本页内容整理于 \d{4}年\d{1,2}月\d{1,2}日/)).toBeInTheDocument()
    // General guidance is said once, not badged section by section.
    expect(
      screen.getByText('本页办事指引为一般性说明，以当地当年公布为准；办事前可先打 12345 问清楚。'),
    ).toBeInTheDocument()
    expect(screen.queryByText('示例')).not.toBeInTheDocument()
  })

  it('calls a number with one tap', () => {
    mockParams.id = dibao.id
    render(<PolicyDetailPage />)
    fireEvent.click(screen.getByText('拨打 12345'))
    expect(mockCall).toHaveBeenCalledWith('12345')
  })

  it('reads aloud, pauses, resumes and stops, and stops when the page is hidden', () => {
    mockParams.id = dibao.id
    const { unmount } = render(<PolicyDetailPage />)
    fireEvent.click(screen.getByText('朗读全文'))
    expect(mockSpeaker.speak).toHaveBeenCalledWith(
      expect.stringContaining(dibao.title),
      expect.any(Function),
      expect.any(Function),
    )
    fireEvent.click(screen.getByText('暂停'))
    expect(mockSpeaker.pause).toHaveBeenCalled()
    fireEvent.click(screen.getByText('继续'))
    expect(mockSpeaker.resume).toHaveBeenCalled()
    fireEvent.click(screen.getByText('停止'))
    expect(mockSpeaker.stop).toHaveBeenCalledTimes(1)
    expect(screen.getByText('朗读全文')).toBeInTheDocument()

    fireEvent.click(screen.getByText('朗读全文'))
    act(() => mockHideHandlers[mockHideHandlers.length - 1]!())
    expect(mockSpeaker.stop).toHaveBeenCalledTimes(2)

    fireEvent.click(screen.getByText('朗读全文'))
    unmount()
    expect(mockSpeaker.stop).toHaveBeenCalledTimes(3)
  })

  it('a phone that cannot speak: the button comes back and says so, and a new try clears the note', () => {
    mockParams.id = dibao.id
    render(<PolicyDetailPage />)
    // The live region is there, empty, before anything is said: screen readers announce changes to it.
    const live = document.querySelector('.sy-read-aloud [aria-live="polite"]')
    expect(live?.textContent).toBe('')
    fireEvent.click(screen.getByText('朗读全文'))
    expect(screen.getByText('正在朗读…')).toBeInTheDocument()
    const onFail = mockSpeaker.speak.mock.calls[0]![2] as () => void
    act(() => onFail())
    expect(screen.queryByText('正在朗读…')).toBeNull()
    expect(screen.getByText('这台手机暂时不能朗读，可以请家人帮忙读一读')).toBeInTheDocument()
    expect(document.querySelector('.sy-read-aloud [aria-live="polite"]')).toBe(live)
    expect(live?.textContent).toBe('这台手机暂时不能朗读，可以请家人帮忙读一读')
    fireEvent.click(screen.getByText('朗读全文'))
    expect(screen.queryByText('这台手机暂时不能朗读，可以请家人帮忙读一读')).toBeNull()
  })

  it.each(['nope', '', '../dibao', 'DIBAO'])('says 未找到 for the id %p', (id) => {
    mockParams.id = id
    render(<PolicyDetailPage />)
    expect(screen.getByText('未找到这个政策')).toBeInTheDocument()
  })
})

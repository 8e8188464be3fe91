import { fireEvent, render, screen } from '@testing-library/react'
import { formatDate } from '@/domain/date'
import { detailPath } from '@/domain/routes'
import { listFilters } from '@/platform/stores'
import LivelihoodListPage from '@/packages/livelihood/pages/list/index'
import LivelihoodDetailPage from '@/packages/livelihood/pages/detail/index'
import HomePage from '@/pages/index/index'
import { loadWholeRecords } from '../support/whole-records'

const mockParams: Record<string, string> = {}
const mockOpenRoute = jest.fn()
const mockScrollTo = jest.fn()

// H5 draws a list's step in idle moments (use-paged-list); here the idle moment comes at once, so a render shows the
// whole step as weapp's does. test/e2e/list-steps.test.ts covers the drawing in parts.
jest.mock('@/platform/idle', () => ({ whenIdle: (task: () => void) => (task(), () => undefined) }))
jest.mock('@tarojs/taro', () => {
  const actual = jest.requireActual('@tarojs/taro')
  return {
    __esModule: true,
    ...actual,
    default: actual.default,
    useRouter: () => ({ params: mockParams }),
    useShareAppMessage: () => undefined,
    useShareTimeline: () => undefined,
    useDidHide: () => undefined,
    useUnload: () => undefined,
  }
})
jest.mock('@/platform/nav', () => ({
  openRoute: (url: string) => mockOpenRoute(url),
  goHome: jest.fn(),
  isOpenedCold: () => false,
  safePageDepth: () => 2,
}))
jest.mock('@/platform/scroll', () => ({ scrollToSelector: (s: string) => mockScrollTo(s) }))

// Expected values are written by hand from src/content/livelihood.json: 31 items the 2022 summary states
// (9 from its 民生保障 paragraph, 22 from the rest) and a demo plan of 16 fictional projects
// (4 done, 6 in progress, 6 not started; 医疗卫生 1, 城市建设 4 of which 2 done).
const DEMO_TOTAL = 16
const STATEMENT = '2022年，《双阳区2022年工作总结》原文：「“幸福双阳”行动计划63项民生实事全部落实」。'
const SCHOOL_QUOTE = '原文：「153中学异地新建、多功能全民健身中心等公共服务项目加速推进」'

beforeAll(loadWholeRecords)

beforeEach(() => {
  for (const k of Object.keys(mockParams)) delete mockParams[k]
  listFilters.clear()
  mockOpenRoute.mockClear()
  mockScrollTo.mockClear()
})

function openDemoPlan() {
  fireEvent.click(screen.getByRole('tab', { name: '演示计划（虚构）' }))
}

/** The filter chips sit folded in the filter bar above the list. */
function openFilters() {
  fireEvent.click(screen.getByText('展开'))
}

describe('民生实事 list: what the 2022 summary says', () => {
  it('opens on the summary’s own words: the 63 quoted once, each item with its stage word and quote', () => {
    render(<LivelihoodListPage />)
    expect(screen.getByRole('tab', { name: '2022年总结所载' })).toHaveAttribute('aria-selected', 'true')
    expect(screen.getByText('2022年工作总结怎么说')).toBeInTheDocument()
    expect(screen.getByText(STATEMENT)).toBeInTheDocument()
    expect(screen.getAllByText(/63项民生实事全部落实/)).toHaveLength(1)
    expect(screen.getByText('总结「民生保障坚实有力」一段写到的（9 项）')).toBeInTheDocument()
    expect(screen.getByText('2022年其他重点工作（22 项）')).toBeInTheDocument()
    expect(screen.getByText('153中学异地新建')).toBeInTheDocument()
    expect(screen.getAllByText(SCHOOL_QUOTE)).toHaveLength(2)
    expect(screen.getAllByText('2022年 · 加速推进')).toHaveLength(2)
    expect(screen.getByText('长双快速路')).toBeInTheDocument()
    expect(screen.getAllByText('2022年 · 竣工通车')).toHaveLength(3)
    // Nothing of the demo plan on this view: no progress, no status counts, no demo project.
    expect(screen.queryByText(/%/)).not.toBeInTheDocument()
    expect(screen.queryByText(/^找到/)).not.toBeInTheDocument()
    expect(screen.queryByText('示例老旧小区改造')).not.toBeInTheDocument()
    // Work the summary states elsewhere, not about residents' livelihood, is no longer listed.
    for (const gone of ['奢岭净水厂', '发放消费券300万元', '800余项审批事项“零跑动”', '推广保护性耕作58万亩'])
      expect(screen.queryByText(gone)).not.toBeInTheDocument()
  })

  it('opens a reported item', () => {
    render(<LivelihoodListPage />)
    fireEvent.click(screen.getByText('区医院提升救治能力建设项目'))
    expect(mockOpenRoute).toHaveBeenCalledWith(detailPath('livelihood', 'district-hospital-upgrade'))
  })
})

describe('民生实事 list: the demo plan', () => {
  it('says it is fictional and shows its own status counts and every card', () => {
    render(<LivelihoodListPage />)
    openDemoPlan()
    expect(screen.getByText('演示计划（虚构示例）', { selector: '.sy-tracker__hero' })).toBeInTheDocument()
    expect(
      screen.getByText('这里的项目、进度、节点和责任单位都是虚构的，只用来演示跟踪功能怎么用，不是双阳区的真实项目。'),
    ).toBeInTheDocument()
    expect(screen.getByRole('button', { name: /^4\s*已完成$/ })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: /^6\s*推进中$/ })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: /^6\s*未开工$/ })).toBeInTheDocument()
    expect(screen.getByText(`找到 ${DEMO_TOTAL} 项`)).toBeInTheDocument()
    expect(screen.getByText('示例老旧小区改造')).toBeInTheDocument()
    expect(screen.getByText('示例易涝路段改造')).toBeInTheDocument()
    expect(screen.queryByText(/^再显示/)).not.toBeInTheDocument()
    expect(screen.queryByText('153中学异地新建')).not.toBeInTheDocument()
  })

  it('narrows the list when a category chip is tapped, and tapping it again clears it', () => {
    render(<LivelihoodListPage />)
    openDemoPlan()
    // Results first: the list and its count are there at once, the chips folded away.
    expect(screen.queryByText('医疗卫生 1')).not.toBeInTheDocument()
    expect(screen.getByText('示例村卫生室标准化建设')).toBeInTheDocument()
    openFilters()
    fireEvent.click(screen.getByText('医疗卫生 1'))
    expect(screen.getByText('找到 1 项')).toBeInTheDocument()
    expect(screen.getByText('示例村卫生室标准化建设')).toBeInTheDocument()
    // The bar says what is chosen.
    expect(screen.getByText('医疗卫生', { selector: '.sy-filterbar__current' })).toBeInTheDocument()
    expect(screen.queryByText('示例老旧小区改造')).not.toBeInTheDocument()

    fireEvent.click(screen.getByText('医疗卫生 1'))
    expect(screen.getByText(`找到 ${DEMO_TOTAL} 项`)).toBeInTheDocument()
  })

  it('combines category and status, and clears both', () => {
    render(<LivelihoodListPage />)
    openDemoPlan()
    openFilters()
    fireEvent.click(screen.getByText('城市建设 4'))
    fireEvent.click(screen.getByRole('button', { name: /^4\s*已完成$/ }))
    expect(screen.getByText('找到 2 项')).toBeInTheDocument()
    expect(screen.getByText('城市建设 · 已完成', { selector: '.sy-filterbar__current' })).toBeInTheDocument()
    expect(screen.getByText('示例街区公厕新建改建')).toBeInTheDocument()
    expect(screen.getByText('示例背街小巷路灯补亮')).toBeInTheDocument()

    fireEvent.click(screen.getByText('清除筛选'))
    expect(screen.getByText(`找到 ${DEMO_TOTAL} 项`)).toBeInTheDocument()
  })

  it('filters by a category when its bar in the chart is tapped, and scrolls to the list', () => {
    render(<LivelihoodListPage />)
    openDemoPlan()
    expect(screen.queryByRole('button', { name: /^医疗卫生\s*1项/ })).not.toBeInTheDocument()
    fireEvent.click(screen.getByText('看各类平均进度 ▾'))
    fireEvent.click(screen.getByRole('button', { name: /^医疗卫生\s*1项/ }))
    expect(screen.getByText('找到 1 项')).toBeInTheDocument()
    expect(mockScrollTo).toHaveBeenCalledWith('#sy-tracker-results')
    expect(document.querySelector('#sy-tracker-results')).toHaveTextContent('找到 1 项')
  })

  it('keeps the view and filters when the page is re-created', () => {
    const first = render(<LivelihoodListPage />)
    openDemoPlan()
    openFilters()
    fireEvent.click(screen.getByText('医疗卫生 1'))
    first.unmount()
    render(<LivelihoodListPage />)
    expect(screen.getByText('找到 1 项')).toBeInTheDocument()
  })

  it('opens the demo plan from a deep link that names a filter, and ignores odd values', () => {
    mockParams.category = encodeURIComponent('医疗卫生')
    mockParams.status = 'bogus<script>'
    render(<LivelihoodListPage />)
    expect(screen.getByText('找到 1 项')).toBeInTheDocument()
  })

  it('sorts by progress and opens a project', () => {
    render(<LivelihoodListPage />)
    openDemoPlan()
    openFilters()
    fireEvent.click(screen.getByText('进度从高到低'))
    // Four projects are done (100%); by title in code-point order (学 U+5B66 < 社 U+793E < 背 U+80CC < 街 U+8857),
    // 示例学校操场改造 comes first.
    const titles = Array.from(document.querySelectorAll('.sy-project__title')).map((n) => n.textContent)
    expect(titles.slice(0, 4)).toEqual([
      '示例学校操场改造',
      '示例社区老年食堂',
      '示例背街小巷路灯补亮',
      '示例街区公厕新建改建',
    ])
    fireEvent.click(screen.getByText('示例学校操场改造'))
    expect(mockOpenRoute).toHaveBeenCalledWith(detailPath('livelihood', 'school-playgrounds'))
  })
})

describe('民生实事 detail', () => {
  it('shows a reported item as the summary states it, and nothing more', () => {
    mockParams.id = 'school-153-relocation'
    render(<LivelihoodDetailPage />)
    // The page heading and, on H5, the title bar.
    expect(screen.getAllByText('153中学异地新建')).toHaveLength(2)
    expect(screen.getByText('2022年工作总结所载')).toBeInTheDocument()
    expect(screen.getByText('总结所写：2022年 · 加速推进')).toBeInTheDocument()
    expect(screen.getByText('2022年，在「民生保障坚实有力」这一段，总结写到这件事“加速推进”。')).toBeInTheDocument()
    expect(
      screen.getByText('《双阳区2022年工作总结》原文：「153中学异地新建、多功能全民健身中心等公共服务项目加速推进」'),
    ).toBeInTheDocument()
    for (const absent of ['完成进度', '进展节点', '责任单位', '在哪里', '示例'])
      expect(screen.queryByText(absent)).not.toBeInTheDocument()
    expect(screen.queryByText(/%|更新$/)).not.toBeInTheDocument()
  })

  it('shows a demo project with its progress, milestones and fictional unit, marked as the demo plan', () => {
    mockParams.id = 'village-clinics'
    render(<LivelihoodDetailPage />)
    expect(screen.getAllByText('示例村卫生室标准化建设')).toHaveLength(2)
    expect(screen.getByText('演示计划（虚构示例）')).toBeInTheDocument()
    for (const heading of ['完成进度', '这是什么', '为什么要做', '进展节点', '责任单位', '来源']) {
      expect(screen.getAllByText(heading).length).toBeGreaterThan(0)
    }
    expect(screen.getByText('演示用责任单位（虚构）')).toBeInTheDocument()
    expect(screen.getByText(new RegExp(formatDate('2026-04-30')))).toBeInTheDocument()
    expect(screen.getByText('下一步：达标验收')).toBeInTheDocument()
    expect(screen.getByText('演示用的示例数据，不是官方发布的信息。')).toBeInTheDocument()
    expect(screen.queryByText('在哪里')).not.toBeInTheDocument()
  })

  it.each(['no-such-record', '', '%%%', '<b>x</b>'])('says 未找到 for the id %p', (id) => {
    mockParams.id = id
    render(<LivelihoodDetailPage />)
    expect(screen.getByText('未找到这个项目')).toBeInTheDocument()
    expect(screen.getByText('回到首页')).toBeInTheDocument()
  })
})

describe('home’s 民生实事 card', () => {
  it('shows the tracker’s own numbers: the summary’s sentence dated 2022, the demo counts under the demo title', () => {
    render(<HomePage />)
    expect(
      screen.getByText(
        '2022年，《双阳区2022年工作总结》原文：「“幸福双阳”行动计划63项民生实事全部落实」。总结没有逐项列出；它写到的民生相关工作收录了 31 项，按原文写的进展列出。',
      ),
    ).toBeInTheDocument()
    expect(screen.getAllByText(/63项/)).toHaveLength(1)
    const demo = document.querySelector('.sy-home__demo')!
    expect(demo).toHaveTextContent(/^演示计划（虚构示例）：16 个虚构项目4已完成6推进中6未开工/)
    expect(demo).toHaveTextContent('演示计划平均进度 49%')
    // Every status count on home sits inside the demo box.
    for (const label of ['已完成', '推进中', '未开工'])
      for (const node of screen.getAllByText(label)) expect(demo).toContainElement(node)
  })

  it('agrees with the tracker’s tiles', () => {
    const home = render(<HomePage />)
    const homeCounts = Array.from(document.querySelectorAll('.sy-home__stat-value')).map((n) => n.textContent)
    home.unmount()
    render(<LivelihoodListPage />)
    openDemoPlan()
    const tiles = Array.from(document.querySelectorAll('.sy-tracker__tile-count')).map((n) => n.textContent)
    expect(homeCounts).toEqual(['4', '6', '6'])
    expect(tiles).toEqual(homeCounts)
  })
})

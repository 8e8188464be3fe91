import { fireEvent, render, screen } from '@testing-library/react'
import { embeddedPack } from '@/content/index'
import { formatDate } from '@/domain/date'
import { listProjects } from '@/domain/livelihood'
import { detailPath } from '@/domain/routes'
import { forgetListFilters } from '@/hooks/use-list-filters'
import LivelihoodListPage from '@/packages/livelihood/pages/list/index'
import LivelihoodDetailPage from '@/packages/livelihood/pages/detail/index'

const mockParams: Record<string, string> = {}
const mockOpenRoute = jest.fn()
const mockOpenMap = jest.fn()

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
jest.mock('@/platform/map', () => ({ openMap: (t: unknown) => mockOpenMap(t) }))

const projects = embeddedPack.livelihood
const medical = projects.filter((p) => p.category === '医疗卫生')
const notMedical = projects.find((p) => p.category !== '医疗卫生')

beforeEach(() => {
  for (const k of Object.keys(mockParams)) delete mockParams[k]
  forgetListFilters()
  mockOpenRoute.mockClear()
  mockOpenMap.mockClear()
})

describe('民生实事 list', () => {
  it('shows the overview of all projects and every card', () => {
    render(<LivelihoodListPage />)
    expect(screen.getByText('民生实事进展')).toBeInTheDocument()
    expect(screen.getByText(`找到 ${projects.length} 项`)).toBeInTheDocument()
    const done = projects.filter((p) => p.status === 'done').length
    expect(screen.getByText(`演示：收录 ${projects.length} 项，已完成 ${done} 项`)).toBeInTheDocument()
    expect(
      screen.getByText(
        '状态、进度、节点和责任单位是演示数据，不是双阳区的当前进展。《双阳区2022年工作总结》只写到：2022年“幸福双阳”行动计划63项民生实事全部落实，没有逐项列出；这里的项目不等于那63项。',
      ),
    ).toBeInTheDocument()
    expect(screen.getByText(projects[0]!.title)).toBeInTheDocument()
  })

  it('narrows the list when a category chip is tapped, and tapping it again clears it', () => {
    render(<LivelihoodListPage />)
    fireEvent.click(screen.getByText(`医疗卫生 ${medical.length}`))
    expect(screen.getByText(`找到 ${medical.length} 项`)).toBeInTheDocument()
    for (const p of medical) expect(screen.getByText(p.title)).toBeInTheDocument()
    expect(screen.queryByText(notMedical!.title)).not.toBeInTheDocument()

    fireEvent.click(screen.getByText(`医疗卫生 ${medical.length}`))
    expect(screen.getByText(`找到 ${projects.length} 项`)).toBeInTheDocument()
  })

  it('combines category, town and status filters, with counts that follow', () => {
    render(<LivelihoodListPage />)
    const traffic = projects.filter((p) => p.category === '交通出行')
    fireEvent.click(screen.getByText(`交通出行 ${traffic.length}`))
    const wide = traffic.filter((p) => !p.townId)
    // The town chips now count within 交通出行 only.
    fireEvent.click(screen.getByText(`全区 ${wide.length}`))
    expect(screen.getByText(`找到 ${wide.length} 项`)).toBeInTheDocument()
    const wideDone = wide.filter((p) => p.status === 'done')
    fireEvent.click(screen.getByText(`已完成 ${wideDone.length}`))
    expect(screen.getByText(`找到 ${wideDone.length} 项`)).toBeInTheDocument()

    fireEvent.click(screen.getByText('清除筛选'))
    expect(screen.getByText(`找到 ${projects.length} 项`)).toBeInTheDocument()
  })

  it('filters by a category when its bar in the chart is tapped', () => {
    render(<LivelihoodListPage />)
    fireEvent.click(screen.getByRole('button', { name: new RegExp(`^医疗卫生\\s*${medical.length}项`) }))
    expect(screen.getByText(`找到 ${medical.length} 项`)).toBeInTheDocument()
  })

  it('keeps the filters when the page is re-created', () => {
    const first = render(<LivelihoodListPage />)
    fireEvent.click(screen.getByText(`医疗卫生 ${medical.length}`))
    first.unmount()
    render(<LivelihoodListPage />)
    expect(screen.getByText(`找到 ${medical.length} 项`)).toBeInTheDocument()
  })

  it('takes filters from a deep link and ignores odd values', () => {
    mockParams.category = encodeURIComponent('医疗卫生')
    mockParams.status = 'bogus<script>'
    render(<LivelihoodListPage />)
    expect(screen.getByText(`找到 ${medical.length} 项`)).toBeInTheDocument()
  })

  it('sorts by progress and opens a project', () => {
    render(<LivelihoodListPage />)
    fireEvent.click(screen.getByText('进度从高到低'))
    const top = listProjects(projects, { sort: 'progress' })[0]!
    fireEvent.click(screen.getByText(top.title))
    expect(mockOpenRoute).toHaveBeenCalledWith(detailPath('livelihood', top.id))
  })

  it('shows 20 cards first and the rest on request', () => {
    render(<LivelihoodListPage />)
    const last = projects[projects.length - 1]!
    expect(screen.queryByText(last.title)).not.toBeInTheDocument()
    for (let i = 0; i < 3; i++) fireEvent.click(screen.getByText(/^再显示/))
    expect(screen.queryByText(/^再显示/)).not.toBeInTheDocument()
    expect(screen.getByText(last.title)).toBeInTheDocument()
  })
})

describe('民生实事 detail', () => {
  const project = projects.find((p) => p.location && p.why) ?? projects[0]!

  it('renders what, why, where, progress, milestones, unit and source', () => {
    mockParams.id = project.id
    render(<LivelihoodDetailPage />)
    // The page heading and, on H5, the title bar.
    expect(screen.getAllByText(project.title)).toHaveLength(2)
    for (const heading of ['完成进度', '这是什么', '在哪里', '进展节点', '责任单位', '来源']) {
      expect(screen.getAllByText(heading).length).toBeGreaterThan(0)
    }
    expect(screen.getByText(project.responsibleUnit)).toBeInTheDocument()
    expect(screen.getByText(new RegExp(formatDate(project.milestones[0]!.date)))).toBeInTheDocument()
    expect(screen.getByText(/更新$/)).toBeInTheDocument()
    expect(screen.getAllByText('示例').length).toBeGreaterThan(0)
  })

  it('opens the map where the project has coordinates', () => {
    mockParams.id = project.id
    render(<LivelihoodDetailPage />)
    fireEvent.click(screen.getByText('在地图中查看'))
    expect(mockOpenMap).toHaveBeenCalledWith(
      expect.objectContaining({ lat: project.location!.lat, name: project.title }),
    )
  })

  it.each(['no-such-record', '', '%%%', '<b>x</b>'])('says 未找到 for the id %p', (id) => {
    mockParams.id = id
    render(<LivelihoodDetailPage />)
    expect(screen.getByText('未找到这个项目')).toBeInTheDocument()
    expect(screen.getByText('回到首页')).toBeInTheDocument()
  })
})

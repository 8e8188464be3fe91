import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { embeddedPack } from '@/content/index'
import type { Job } from '@/content/schema'
import { payLabel } from '@/domain/jobs'
import JobsListPage from '@/packages/jobs/pages/list/index'
import JobDetailPage from '@/packages/jobs/pages/detail/index'
import { loadWholeRecords, loadedWholeRecord } from '../support/whole-records'

let mockId = ''
// H5 draws a list's step in idle moments (use-paged-list); here the idle moment comes at once, so a render shows the
// whole step as weapp's does. test/e2e/list-steps.test.ts covers the drawing in parts.
jest.mock('@/platform/idle', () => ({ whenIdle: (task: () => void) => (task(), () => undefined) }))
jest.mock('@/hooks/use-query-param', () => ({ useQueryParam: () => mockId }))
jest.mock('@/hooks/use-sharing', () => ({ useSharing: () => undefined }))

// Pinned "now": 2026-11-26 10:00 Beijing, the content pack's own date.
const NOW = Date.parse('2026-11-26T10:00:00+08:00')
const jobs = embeddedPack.jobs

beforeAll(loadWholeRecords)

beforeEach(() => {
  jest.spyOn(Date, 'now').mockReturnValue(NOW)
  localStorage.clear()
})
afterEach(() => jest.restoreAllMocks())

/*
 * Written by hand from src/content/jobs.json on 2026-11-26: 37 posts, 6 past their deadline (夜间值守, 叉车司机,
 * 客房服务员, 建筑工地小工, 村屯环境保洁员, 河道巡护员). Open posts newest first, then closing soonest.
 */
const OPEN_NEWEST_FIRST = [
  '课后托管老师助理',
  '养老护理助理（公益岗位）',
  '村级防火巡查员（扶贫岗位）',
  '梅花鹿饲养员',
  '超市收银员',
  '道路保洁员（公益岗位）',
  '快递分拣员',
  '饭店午晚高峰服务员',
  '养鹿合作社辅助工（扶贫岗位）',
  '治安巡逻员（公益岗位）',
  '小区保安',
  '鹿产品加工车间操作工',
  '冰雪乐园季节工',
  '蔬菜大棚种植工',
  '村级保洁员（扶贫岗位）',
  '农产品直播运营助理',
  '周末理货员',
  '护林员（公益岗位）',
  '物流配送司机',
  '饭店后厨帮工',
  '大棚帮工（扶贫岗位）',
  '肉牛饲养员',
  '小区保洁员',
  '食品厂包装工',
  '农家书屋管理员（公益岗位）',
  '汽车维修学徒',
  '居家手工编织（扶贫岗位）',
  '交通劝导员（公益岗位）',
  '电气设备装配工',
  '农村公路养护员（扶贫岗位）',
  '肉牛养殖场帮工（扶贫岗位）',
]
/** 鹿乡镇's open posts. */
const LUXIANG = ['梅花鹿饲养员', '养鹿合作社辅助工（扶贫岗位）', '鹿产品加工车间操作工', '农产品直播运营助理']

/** The chip whose text starts with `label`, after opening the filter bar if it is closed. */
function chip(label: string): HTMLElement {
  if (!document.querySelector('.sy-filterbar__choices'))
    fireEvent.click(screen.getByRole('button', { name: /^筛选：/ }))
  const found = Array.from(document.querySelectorAll<HTMLElement>('.sy-chip')).find((c) =>
    c.textContent?.trim().startsWith(label),
  )
  if (!found) throw new Error(`no chip ${label}`)
  return found
}

function shownTitles(): string[] {
  return Array.from(document.querySelectorAll('.sy-job__title')).map((t) =>
    (t.textContent ?? '').replace(/示例$/, '').trim(),
  )
}

/** Taps the list's 再显示 … button until every record is drawn; returns how many taps it took. */
function showAll(): number {
  let taps = 0
  for (;;) {
    const more = screen.queryByText(/^再显示 \d+ /)
    if (!more) return taps
    fireEvent.click(more)
    taps += 1
  }
}

describe('jobs list', () => {
  it('shows open posts newest first with their age, expired ones hidden and counted', () => {
    render(<JobsListPage />)
    expect(screen.getByText('共 31 个岗位（另有 6 个已截止，未显示）')).toBeInTheDocument()
    // Drawn 20 at a time; the end of the list says how many of how many.
    expect(shownTitles()).toEqual(OPEN_NEWEST_FIRST.slice(0, 20))
    expect(screen.getByText('已显示 20 个岗位，共 31 个岗位')).toBeInTheDocument()
    expect(showAll()).toBe(1)
    expect(shownTitles()).toEqual(OPEN_NEWEST_FIRST)
    expect(screen.getByText('已显示全部 31 个岗位')).toBeInTheDocument()
    expect(screen.getAllByText(/今天发布/).length).toBeGreaterThan(0)
    expect(screen.getAllByText(/\d+天前发布/).length).toBeGreaterThan(0)
    expect(screen.queryByText('已截止')).not.toBeInTheDocument()
  })

  it('the toggle shows expired posts, marked 已截止', () => {
    render(<JobsListPage />)
    fireEvent.click(chip('显示已截止'))
    expect(screen.getByText('共 37 个岗位')).toBeInTheDocument()
    showAll()
    expect(screen.getAllByText('已截止').length).toBe(6)
  })

  it('combines town, type, pay and schedule filters', () => {
    render(<JobsListPage />)
    fireEvent.click(chip('鹿乡镇'))
    expect(shownTitles()).toEqual(LUXIANG)

    fireEvent.click(chip('企业岗位'))
    fireEvent.click(chip('全职'))
    expect(shownTitles()).toEqual(['梅花鹿饲养员', '鹿产品加工车间操作工', '农产品直播运营助理'])

    // 3500–4500, 3200–4000 and 3500–5000 a month: the middle of each is in 3000–5000.
    fireEvent.click(chip('3000–5000元'))
    expect(shownTitles()).toEqual(['梅花鹿饲养员', '鹿产品加工车间操作工', '农产品直播运营助理'])
    expect(screen.getByText('共 3 个岗位', { exact: false })).toBeInTheDocument()

    // Tapping a chosen chip again clears that filter only; the 扶贫 post (2400–3000, middle 2700) is not in
    // 3000–5000, so the three stay.
    fireEvent.click(chip('企业岗位'))
    expect(shownTitles()).toEqual(['梅花鹿饲养员', '鹿产品加工车间操作工', '农产品直播运营助理'])
  })

  it('an empty result suggests loosening a filter, and doing so brings posts back', () => {
    render(<JobsListPage />)
    fireEvent.click(chip('双营子回族乡'))
    fireEvent.click(chip('企业岗位'))
    expect(screen.getByText('没有符合条件的岗位')).toBeInTheDocument()
    expect(screen.getByText('共 0 个岗位', { exact: false })).toBeInTheDocument()
    fireEvent.click(screen.getByText('不限“企业岗位”'))
    // 双营子's other post (村屯环境保洁员) closed on 11-22.
    expect(shownTitles()).toEqual(['居家手工编织（扶贫岗位）'])
  })

  it('薪资从高到低 says how day and hour pay were made monthly, and lists part-time posts after full-time ones', () => {
    render(<JobsListPage />)
    fireEvent.click(screen.getByText('薪资从高到低'))
    expect(
      screen.getByText(
        '按月薪比较：日薪按每月22天、时薪按每月176小时（每天8小时）折算；兼职按实际上班时间领钱，排在全职后面',
      ),
    ).toBeInTheDocument()
    const titles = Array.from(document.querySelectorAll('.sy-job__title'), (t) => t.textContent ?? '')
    // The first screenful is the best-paid full-time posts: 课后托管老师助理 (22–28元/小时, three hours a day)
    // and the other part-time posts come after every full-time one (the order itself: jobs-sort.test.ts).
    const schedules = titles.map((t) => jobs.find((j) => t.startsWith(j.title))?.schedule)
    expect(titles.length).toBeGreaterThan(0)
    expect(schedules.every((s) => s === 'full-time')).toBe(true)
    expect(titles.some((t) => t.startsWith('课后托管老师助理'))).toBe(false)
  })

  it('a card opens the post', () => {
    const navigate = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })
    render(<JobsListPage />)
    fireEvent.click(screen.getAllByText('课后托管老师助理')[0]!)
    expect(navigate).toHaveBeenCalledWith({ url: '/packages/jobs/pages/detail/index?id=yunshan-after-school-helper' })
  })
})

describe('job detail', () => {
  const job = jobs.find((j) => j.location && j.deadline >= '2026-11-26')!

  it('says how to apply: steps, what to bring, where; 12333 one tap away; the employment policies linked', async () => {
    const call = jest.spyOn(Taro, 'makePhoneCall').mockResolvedValue({ errMsg: 'makePhoneCall:ok' })
    const navigate = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })
    // A 公益岗位 post with its own steps (jobs.json), and a post that has none.
    mockId = 'sheling-road-sweeper'
    const { unmount } = render(<JobDetailPage />)
    expect(screen.getByText('怎么报名')).toBeInTheDocument()
    expect(screen.getByText('1. 先到户籍所在村（社区）委员会报名，说清想干哪个岗位。')).toBeInTheDocument()
    expect(screen.getByText('身份证、户口簿、本人银行卡或社保卡')).toBeInTheDocument()
    expect(screen.getAllByText('奢岭街道辖区主要街路')).toHaveLength(2)
    fireEvent.click(screen.getByText('拨打人社服务热线'))
    expect(call).toHaveBeenCalledWith(expect.objectContaining({ phoneNumber: '12333' }))
    // The linked policies come with the policies' summary, a moment after the page.
    for (const title of ['扶贫岗位和公益岗位', '外出打工找活：农村劳动力转移就业', '免费学手艺：职业技能培训']) {
      expect(await screen.findByText(`${title} ›`)).toBeInTheDocument()
    }
    fireEvent.click(screen.getByText('丢了工作怎么办：失业登记和失业保险金 ›'))
    expect(navigate).toHaveBeenCalledWith({ url: '/packages/policies/pages/detail/index?id=shiye-baoxian' })
    unmount()
    mockId = 'luxiang-deer-keeper'
    render(<JobDetailPage />)
    // Its number is a demo one: the step does not tell her to dial it.
    expect(
      screen.getByText(
        '1. 先联系张先生（示例），问清岗位还招不招人、什么时候去面试。这是示例岗位，电话不能拨打；找工作的事可以拨打 12333 问问。',
      ),
    ).toBeInTheDocument()
    expect(screen.queryByText(/先打电话给/)).toBeNull()
    expect(screen.getByText('身份证')).toBeInTheDocument()
  })

  it('shows duties, requirements, pay, hours, place, employer and deadline', () => {
    mockId = job.id
    render(<JobDetailPage />)
    expect(screen.getAllByText(job.title, { exact: false }).length).toBeGreaterThan(0)
    for (const d of [...job.duties, ...job.requirements, job.hours, job.employer])
      expect(screen.getAllByText(d).length).toBeGreaterThan(0)
    expect(screen.getAllByText(payLabel(job)).length).toBeGreaterThan(0)
    expect(screen.getAllByText(job.address, { exact: false }).length).toBeGreaterThan(0)
    expect(screen.getByText('截止日期')).toBeInTheDocument()
  })

  it('a demo number shows as 示例号码: nothing to dial or copy; the map opens', async () => {
    mockId = job.id
    expect(job.contact.phone).toMatch(/^0431-0000\d{3,4}$/)
    const call = jest.spyOn(Taro, 'makePhoneCall')
    const open = jest.spyOn(window, 'open').mockReturnValue(null)
    render(<JobDetailPage />)
    const contact = within(screen.getByText('怎么报名').closest('.sy-section') as HTMLElement)
    expect(contact.getByText(`${job.contact.name} 示例号码`)).toBeInTheDocument()
    // Said once: the note under it explains, without a second 示例号码 heading.
    expect(contact.getByText('演示内容里的电话，不能拨打；需要咨询可拨 12345')).toBeInTheDocument()
    expect(contact.queryByText('示例号码')).toBeNull()
    expect(contact.queryByText('拨打电话')).toBeNull()
    expect(contact.queryByText('复制联系方式')).toBeNull()
    expect(document.body.textContent).not.toContain(job.contact.phone)
    fireEvent.click(contact.getByText(`${job.contact.name} 示例号码`))
    expect(call).not.toHaveBeenCalled()
    fireEvent.click(contact.getByText('在地图中查看（示例位置）'))
    expect(String(open.mock.calls[0]?.[0])).toContain(`position=${job.location!.lng},${job.location!.lat}`)
    // Where to ask instead is one tap away.
    fireEvent.click(contact.getByText('拨打 12345 咨询'))
    await waitFor(() => expect(call).toHaveBeenCalledWith(expect.objectContaining({ phoneNumber: '12345' })))
  })

  it('a real number (here the 12333 hotline) dials and copies', async () => {
    mockId = job.id
    const shown = loadedWholeRecord<Job>(job.id)
    const demo = shown.contact.phone
    shown.contact.phone = '12333'
    try {
      const call = jest.spyOn(Taro, 'makePhoneCall').mockResolvedValue({ errMsg: 'makePhoneCall:ok' })
      const copy = jest.spyOn(Taro, 'setClipboardData').mockResolvedValue({ errMsg: 'setClipboardData:ok' } as never)
      render(<JobDetailPage />)
      const contact = within(screen.getByText('怎么报名').closest('.sy-section') as HTMLElement)
      fireEvent.click(contact.getByText('拨打电话'))
      expect(call).toHaveBeenCalledWith({ phoneNumber: '12333' })
      fireEvent.click(contact.getByText('复制联系方式'))
      expect(copy).toHaveBeenCalledWith({ data: `${job.contact.name} 12333` })
      expect(contact.queryByText('示例号码')).toBeNull()
    } finally {
      shown.contact.phone = demo
    }
  })

  it('an expired post says so', () => {
    const expired = jobs.find((j) => j.deadline < '2026-11-26')!
    mockId = expired.id
    render(<JobDetailPage />)
    expect(screen.getByText('已截止')).toBeInTheDocument()
    expect(screen.getByText(/截止报名/)).toBeInTheDocument()
  })

  it.each(['', 'no-such-job', '../../etc', '%E0%A4%A'])('odd id %j shows 未找到这个岗位', (id) => {
    mockId = id
    render(<JobDetailPage />)
    expect(screen.getByText('未找到这个岗位')).toBeInTheDocument()
  })
})

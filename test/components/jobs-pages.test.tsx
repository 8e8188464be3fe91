import { fireEvent, render, screen, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { embeddedPack } from '@/content/index'
import { listJobs, payLabel } from '@/domain/jobs'
import JobsListPage from '@/packages/jobs/pages/list/index'
import JobDetailPage from '@/packages/jobs/pages/detail/index'

let mockId = ''
jest.mock('@/hooks/use-query-param', () => ({ useQueryParam: () => mockId }))
jest.mock('@/hooks/use-sharing', () => ({ useSharing: () => undefined }))

// Pinned "now": 2026-11-26 10:00 Beijing, the content pack's own date.
const NOW = Date.parse('2026-11-26T10:00:00+08:00')
const jobs = embeddedPack.jobs

beforeEach(() => {
  jest.spyOn(Date, 'now').mockReturnValue(NOW)
  localStorage.clear()
})
afterEach(() => jest.restoreAllMocks())

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
    const open = listJobs(jobs, {}, NOW)
    const all = listJobs(jobs, { includeExpired: true }, NOW)
    expect(open.length).toBeLessThan(all.length)
    expect(
      screen.getByText(`共 ${open.length} 个岗位（另有 ${all.length - open.length} 个已截止，未显示）`),
    ).toBeInTheDocument()
    // Drawn 20 at a time; the end of the list says how many of how many.
    expect(shownTitles()).toEqual(open.slice(0, 20).map((j) => j.title))
    expect(screen.getByText(`已显示 20 个岗位，共 ${open.length} 个岗位`)).toBeInTheDocument()
    expect(showAll()).toBe(Math.ceil(open.length / 20) - 1)
    expect(shownTitles()).toEqual(open.map((j) => j.title))
    expect(screen.getByText(`已显示全部 ${open.length} 个岗位`)).toBeInTheDocument()
    expect(screen.getAllByText(/今天发布/).length).toBeGreaterThan(0)
    expect(screen.getAllByText(/\d+天前发布/).length).toBeGreaterThan(0)
    expect(screen.queryByText('已截止')).not.toBeInTheDocument()
  })

  it('the toggle shows expired posts, marked 已截止', () => {
    render(<JobsListPage />)
    fireEvent.click(chip('显示已截止'))
    const all = listJobs(jobs, { includeExpired: true }, NOW)
    expect(screen.getByText(`共 ${all.length} 个岗位`)).toBeInTheDocument()
    showAll()
    expect(screen.getAllByText('已截止').length).toBe(all.length - listJobs(jobs, {}, NOW).length)
  })

  it('combines town, type, pay and schedule filters', () => {
    render(<JobsListPage />)
    fireEvent.click(chip('鹿乡镇'))
    const town = listJobs(jobs, { townId: 'luxiang' }, NOW)
    expect(shownTitles()).toEqual(town.map((j) => j.title))

    fireEvent.click(chip('企业岗位'))
    fireEvent.click(chip('全职'))
    const combined = listJobs(jobs, { townId: 'luxiang', type: 'enterprise', schedule: 'full-time' }, NOW)
    expect(combined.length).toBeGreaterThan(0)
    expect(combined.length).toBeLessThan(town.length)
    expect(shownTitles()).toEqual(combined.map((j) => j.title))

    fireEvent.click(chip('3000–5000元'))
    const paid = listJobs(
      jobs,
      { townId: 'luxiang', type: 'enterprise', schedule: 'full-time', payRange: '3000-5000' },
      NOW,
    )
    expect(shownTitles()).toEqual(paid.map((j) => j.title))
    expect(screen.getByText(`共 ${paid.length} 个岗位`, { exact: false })).toBeInTheDocument()

    // Tapping a chosen chip again clears that filter only.
    fireEvent.click(chip('企业岗位'))
    expect(shownTitles()).toEqual(
      listJobs(jobs, { townId: 'luxiang', schedule: 'full-time', payRange: '3000-5000' }, NOW).map((j) => j.title),
    )
  })

  it('an empty result suggests loosening a filter, and doing so brings posts back', () => {
    render(<JobsListPage />)
    fireEvent.click(chip('双营子回族乡'))
    fireEvent.click(chip('企业岗位'))
    expect(listJobs(jobs, { townId: 'shuangyingzi', type: 'enterprise' }, NOW)).toEqual([])
    expect(screen.getByText('没有符合条件的岗位')).toBeInTheDocument()
    expect(screen.getByText('共 0 个岗位', { exact: false })).toBeInTheDocument()
    fireEvent.click(screen.getByText('不限“企业岗位”'))
    expect(shownTitles()).toEqual(listJobs(jobs, { townId: 'shuangyingzi' }, NOW).map((j) => j.title))
  })

  it('a card opens the post', () => {
    const navigate = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })
    render(<JobsListPage />)
    const first = listJobs(jobs, {}, NOW)[0]!
    fireEvent.click(screen.getAllByText(first.title)[0]!)
    expect(navigate).toHaveBeenCalledWith({ url: `/packages/jobs/pages/detail/index?id=${first.id}` })
  })
})

describe('job detail', () => {
  const job = jobs.find((j) => j.location && j.deadline >= '2026-11-26')!

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
    const contact = within(screen.getByText('联系方式').closest('.sy-section') as HTMLElement)
    expect(contact.getByText(`${job.contact.name} 示例号码`)).toBeInTheDocument()
    // Said once: the note under it explains, without a second 示例号码 heading.
    expect(contact.getByText('演示内容里的电话，不能拨打；需要咨询可拨 12345')).toBeInTheDocument()
    expect(contact.queryByText('示例号码')).toBeNull()
    expect(contact.queryByText('拨打电话')).toBeNull()
    expect(contact.queryByText('复制联系方式')).toBeNull()
    expect(document.body.textContent).not.toContain(job.contact.phone)
    fireEvent.click(contact.getByText(`${job.contact.name} 示例号码`))
    expect(call).not.toHaveBeenCalled()
    fireEvent.click(contact.getByText('在地图中查看'))
    expect(String(open.mock.calls[0]?.[0])).toContain(`position=${job.location!.lng},${job.location!.lat}`)
  })

  it('a real number (here the 12333 hotline) dials and copies', async () => {
    mockId = job.id
    const demo = job.contact.phone
    job.contact.phone = '12333'
    try {
      const call = jest.spyOn(Taro, 'makePhoneCall').mockResolvedValue({ errMsg: 'makePhoneCall:ok' })
      const copy = jest.spyOn(Taro, 'setClipboardData').mockResolvedValue({ errMsg: 'setClipboardData:ok' } as never)
      render(<JobDetailPage />)
      const contact = within(screen.getByText('联系方式').closest('.sy-section') as HTMLElement)
      fireEvent.click(contact.getByText('拨打电话'))
      expect(call).toHaveBeenCalledWith({ phoneNumber: '12333' })
      fireEvent.click(contact.getByText('复制联系方式'))
      expect(copy).toHaveBeenCalledWith({ data: `${job.contact.name} 12333` })
      expect(contact.queryByText('示例号码')).toBeNull()
    } finally {
      job.contact.phone = demo
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

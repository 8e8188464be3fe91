import { fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { embeddedPack } from '@/content/index'
import type { Attraction } from '@/content/schema'
import { hoursSummary } from '@/domain/attractions'
import AttractionsListPage from '@/packages/attractions/pages/list/index'
import AttractionDetailPage from '@/packages/attractions/pages/detail/index'
import { loadWholeRecords, loadedWholeRecord } from '../support/whole-records'

let mockId = ''
// H5 draws a list's step in idle moments (use-paged-list); here the idle moment comes at once, so a render shows the
// whole step as weapp's does. test/e2e/list-steps.test.ts covers the drawing in parts.
jest.mock('@/platform/idle', () => ({ whenIdle: (task: () => void) => (task(), () => undefined) }))
jest.mock('@/hooks/use-query-param', () => ({ useQueryParam: () => mockId }))
jest.mock('@/hooks/use-sharing', () => ({ useSharing: () => undefined }))

const { attractions } = embeddedPack
const PACK_NOW = Date.parse('2026-11-26T10:00:00+08:00')
let now = PACK_NOW

beforeAll(loadWholeRecords)

beforeEach(() => {
  // Reset here, not at the end of a test: a failed test must not leave its clock to the next.
  now = PACK_NOW
  jest.spyOn(Date, 'now').mockImplementation(() => now)
  localStorage.clear()
})
afterEach(() => jest.restoreAllMocks())

function names(): string[] {
  return Array.from(document.querySelectorAll('.sy-attraction-card__title')).map((t) =>
    (t.textContent ?? '').replace(/示例$/, '').trim(),
  )
}

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

describe('attractions list', () => {
  it('shows every attraction with its open/closed state now', () => {
    render(<AttractionsListPage />)
    // Written by hand from src/content/attractions.json, in its order.
    expect(names()).toEqual([
      '鹿峰旅游度假区',
      '石溪河公园',
      '雕塑公园',
      '马文化产业园',
      '齐家镇李家村',
      '太平镇小石村',
      '土柳线农村公路',
      '黑鱼村',
      '梅花鹿主题园（示例）',
      '冰雪乐园（示例）',
      '草莓采摘园（示例）',
    ])
    // At 2026-11-26 (Thursday) 10:00: the eight real places publish no hours of ours, the deer park's winter hours
    // (Tuesday–Sunday 09:00–16:00) hold, the snow park and the strawberry farm open on 12-01.
    expect(screen.getAllByText('开放时间以现场公布为准').length).toBeGreaterThanOrEqual(8)
    // Their tickets are not published either: the card names what is unknown, so the two lines do not read alike.
    const resort = Array.from(document.querySelectorAll('.sy-attraction-card')).find((c) =>
      c.textContent?.startsWith('鹿峰旅游度假区'),
    )
    expect(resort?.querySelector('.sy-attraction-card__meta:last-child')?.textContent).toMatch(/^票价以现场公布为准 · /)
    expect(screen.queryAllByText('以现场公布为准')).toHaveLength(0)
    expect(screen.getAllByText('营业中')).toHaveLength(1)
    expect(screen.getAllByText('已闭园')).toHaveLength(2)
  })

  it('combines a tag with the free-only filter', () => {
    render(<AttractionsListPage />)
    // The only free place in attractions.json is 土柳线农村公路, tagged 自驾.
    fireEvent.click(chip('只看免费'))
    expect(names()).toEqual(['土柳线农村公路'])
    fireEvent.click(chip('自驾'))
    expect(names()).toEqual(['土柳线农村公路'])
    expect(screen.getByText('共 1 个景点')).toBeInTheDocument()
  })

  it('an empty combination offers to clear the filters', () => {
    render(<AttractionsListPage />)
    fireEvent.click(chip('只看免费'))
    fireEvent.click(chip('冰雪'))
    expect(screen.getByText('没有符合条件的景点')).toBeInTheDocument()
    // Offered twice: in the filter bar, and in the empty result itself.
    const clear = screen.getAllByText('清除筛选')
    expect(clear).toHaveLength(2)
    fireEvent.click(clear[1]!)
    expect(names()).toHaveLength(attractions.length)
    expect(screen.queryByText('清除筛选')).toBeNull()
  })
})

describe('示例 said once', () => {
  function title(startsWith: string): string {
    const found = Array.from(document.querySelectorAll('.sy-attraction-card__title')).find((t) =>
      t.textContent?.startsWith(startsWith),
    )
    return found?.textContent ?? ''
  }

  it('a sample whose name already says （示例） gets no second 示例 badge', () => {
    render(<AttractionsListPage />)
    expect(title('冰雪乐园')).toBe('冰雪乐园（示例）')
    expect(title('梅花鹿主题园')).toBe('梅花鹿主题园（示例）')
  })

  it('a real place whose free entry is only an example says so beside it', () => {
    render(<AttractionsListPage />)
    const card = Array.from(document.querySelectorAll('.sy-attraction-card')).find((c) =>
      c.textContent?.startsWith('土柳线农村公路'),
    )
    // 土柳线: the summary names the road's award, not its hours, fees or tags (自驾 is a sample field too).
    expect(card?.querySelector('.sy-attraction-card__meta:last-child')?.textContent).toBe('免费示例 · 自驾示例')
    expect(card?.textContent).toContain('以现场公布为准')
    expect(card?.textContent).not.toContain('全天开放')
  })
})

describe('attraction detail', () => {
  const snowPark = attractions.find((a) => a.id === 'snow-park')!

  it('shows description, seasonal hours, tickets, season and the events held there', async () => {
    mockId = snowPark.id
    render(<AttractionDetailPage />)
    // The events come with the events' summary, a moment after the page.
    expect((await screen.findAllByText('冰雪季（示例）', { exact: false })).length).toBeGreaterThan(0)
    for (const t of [
      ...snowPark.description,
      ...hoursSummary(snowPark),
      snowPark.bestSeason,
      snowPark.price,
      '冰雪季（示例）',
    ]) {
      expect(screen.getAllByText(t, { exact: false }).length).toBeGreaterThan(0)
    }
  })

  it('a real place without published hours says so and points to 12345, with no number of ours', () => {
    mockId = 'lufeng-resort'
    render(<AttractionDetailPage />)
    // What a visitor needs comes first; the 2022 land-acquisition fact from the summary follows it.
    const text = document.body.textContent ?? ''
    expect(text.indexOf('去之前请先确认')).toBeGreaterThan(-1)
    expect(text.indexOf('去之前请先确认')).toBeLessThan(text.indexOf('二期土地征收基本完成'))
    expect(screen.getByText('开放时间以现场公布为准')).toBeInTheDocument()
    expect(screen.getByText('以现场公布为准，可拨打 12345 咨询')).toBeInTheDocument()
    expect(screen.queryByText('拨打电话')).not.toBeInTheDocument()
    expect(screen.queryByText('在这里举办的活动')).not.toBeInTheDocument()
    // Its position and town are only examples: no map pin that would look like the real place, no town as fact.
    expect(screen.queryByText('在地图中查看')).not.toBeInTheDocument()
    expect(screen.getByText('具体位置以现场公布为准，可拨打 12345 咨询')).toBeInTheDocument()
    expect(screen.getByText('度假区')).toBeInTheDocument()
    expect(screen.queryByText(/鹿乡镇 · 度假区/)).not.toBeInTheDocument()
    // The visitor line is said once, not again under 景点介绍.
    expect(text.split('去之前请先确认').length - 1).toBe(1)
  })

  it('open or closed follows the clock', () => {
    mockId = 'snow-park'
    now = Date.parse('2026-12-15T10:00:00+08:00')
    const { unmount } = render(<AttractionDetailPage />)
    expect(screen.getAllByText('营业中').length).toBeGreaterThan(0)
    unmount()
    // A Tuesday after the day session; night sessions are on Fridays and Saturdays only.
    now = Date.parse('2026-12-15T17:00:00+08:00')
    render(<AttractionDetailPage />)
    expect(screen.getAllByText('已闭园').length).toBeGreaterThan(0)
  })

  it('a demo phone shows as 示例号码 with no call button; the map opens at the GCJ-02 coordinates', () => {
    const withPhone = attractions.find((a) => a.phone)!
    expect(withPhone.phone).toMatch(/^0431-0000\d{3,4}$/)
    mockId = withPhone.id
    const call = jest.spyOn(Taro, 'makePhoneCall')
    const open = jest.spyOn(window, 'open').mockReturnValue(null)
    render(<AttractionDetailPage />)
    expect(screen.getAllByText('示例号码').length).toBeGreaterThan(0)
    expect(screen.queryByText('拨打电话')).toBeNull()
    expect(document.body.textContent).not.toContain(withPhone.phone!)
    expect(call).not.toHaveBeenCalled()
    fireEvent.click(screen.getByText('在地图中查看（示例位置）'))
    expect(String(open.mock.calls[0]?.[0])).toContain(`position=${withPhone.location!.lng},${withPhone.location!.lat}`)
  })

  it('a real phone number dials with one tap', () => {
    const withPhone = loadedWholeRecord<Attraction>(attractions.find((a) => a.phone)!.id)
    mockId = withPhone.id
    const demo = withPhone.phone
    withPhone.phone = '12345'
    try {
      const call = jest.spyOn(Taro, 'makePhoneCall').mockResolvedValue({ errMsg: 'makePhoneCall:ok' })
      render(<AttractionDetailPage />)
      fireEvent.click(screen.getByText('拨打电话'))
      expect(call).toHaveBeenCalledWith({ phoneNumber: '12345' })
    } finally {
      withPhone.phone = demo
    }
  })

  it.each(['', 'nope', 'lufeng-resort/../x'])('odd id %j shows 未找到这个景点', (id) => {
    mockId = id
    render(<AttractionDetailPage />)
    expect(screen.getByText('未找到这个景点')).toBeInTheDocument()
  })
})

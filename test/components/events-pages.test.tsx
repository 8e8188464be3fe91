import { fireEvent, render, screen } from '@testing-library/react'
import { embeddedPack } from '@/content/index'
import { countdownLabel } from '@/domain/events'
import EventsListPage from '@/packages/events/pages/list/index'
import EventDetailPage from '@/packages/events/pages/detail/index'
import { loadWholeRecords } from '../support/whole-records'

let mockId = ''
// H5 draws a list's step in idle moments (use-paged-list); here the idle moment comes at once, so a render shows the
// whole step as weapp's does. test/e2e/list-steps.test.ts covers the drawing in parts.
jest.mock('@/platform/idle', () => ({ whenIdle: (task: () => void) => (task(), () => undefined) }))
jest.mock('@/hooks/use-query-param', () => ({ useQueryParam: () => mockId }))
jest.mock('@/hooks/use-sharing', () => ({ useSharing: () => undefined }))

// 2026-11-26 10:00 Beijing.
const NOW = Date.parse('2026-11-26T10:00:00+08:00')
const { events } = embeddedPack

beforeAll(loadWholeRecords)

beforeEach(() => {
  jest.spyOn(Date, 'now').mockReturnValue(NOW)
  localStorage.clear()
})
afterEach(() => jest.restoreAllMocks())

function cardTitles(): string[] {
  return Array.from(document.querySelectorAll('.sy-event-card__title')).map((t) =>
    (t.textContent ?? '').replace(/示例$/, '').trim(),
  )
}

/** Opens the 日期 filter bar (the calendar folds away so the events come first). */
function openCalendar(): void {
  fireEvent.click(screen.getByRole('button', { name: /^日期：/ }))
}

function calendarTitle(): string {
  return document.querySelector('.sy-cal__title')?.textContent ?? ''
}

describe('events list', () => {
  it('shows this month, statuses with countdowns, and groups by month', () => {
    render(<EventsListPage />)
    // Results first: the calendar is folded into one line that says what is shown.
    expect(calendarTitle()).toBe('')
    expect(screen.getByText('近期全部')).toBeInTheDocument()
    openCalendar()
    expect(calendarTitle()).toBe('2026年11月')
    expect(screen.getAllByText('进行中').length).toBeGreaterThan(0)
    expect(screen.getAllByText('即将开始').length).toBeGreaterThan(0)
    // The ice and snow season opens on 2026-12-01, 5 Beijing days away.
    expect(screen.getByText('还有5天')).toBeInTheDocument()
    // Annual events show their next run: the horse show next July.
    expect(screen.getByText('2027年7月')).toBeInTheDocument()
    expect(screen.getByText(/下一届 2027年7月10日–7月12日/)).toBeInTheDocument()
    // The real festivals, whose dates the summary does not give, are not put in a month or counted down to.
    expect(screen.getByText('日期待公布', { selector: '.sy-events__heading' })).toBeInTheDocument()
    expect(screen.getAllByText('举办日期以当年公布为准，可拨打 12345 咨询')).toHaveLength(2)
    expect(screen.queryByText('2027年8月')).not.toBeInTheDocument()
    expect(screen.queryByText(/下一届 2027年8月18日/)).not.toBeInTheDocument()
    // Ended one-off events stay out of the way until asked for.
    expect(cardTitles()).not.toContain('2025 年货节（示例）')
    fireEvent.click(screen.getByText(/显示已结束的活动/))
    expect(cardTitles()).toContain('2025 年货节（示例）')
    // Three one-off events are over (2025 徒步大会, 2025 年货节（示例）, 2026 元宵灯会); annual ones show their next run.
    expect(screen.getAllByText('已结束').length).toBe(3)
  })

  it('next month marks its event days; tapping one lists that day only', () => {
    render(<EventsListPage />)
    openCalendar()
    fireEvent.click(screen.getByText('下个月 ›'))
    expect(calendarTitle()).toBe('2026年12月')
    // Only 1 December starts something (冰雪季); the days of the long events running on stay light.
    const starts = Array.from(document.querySelectorAll('.sy-cal__day--start')).map((d) => d.textContent)
    expect(starts).toEqual(['1开始'])
    expect(document.querySelectorAll('.sy-cal__day--marked').length).toBe(31)
    const day19 = Array.from(document.querySelectorAll<HTMLElement>('.sy-cal__day--marked')).find((d) =>
      d.textContent?.startsWith('19'),
    )
    expect(day19).toBeDefined()
    fireEvent.click(day19!)
    // By hand from events.json: only the ice and snow season (12-01 to 03-08) runs on 19 December.
    expect(screen.getByText('12月19日的活动')).toBeInTheDocument()
    expect(screen.getByText('12月19日 1 场活动')).toBeInTheDocument()
    expect(cardTitles()).toEqual(['冰雪季（示例）'])
    fireEvent.click(screen.getByText('看看全部活动'))
    expect(cardTitles().length).toBeGreaterThan(1)
  })
})

describe('event detail', () => {
  const festival = events.find((e) => e.id === 'meihualu-festival')!
  const season = events.find((e) => e.id === 'ice-snow-season')!

  it('shows the next run, venue, price, highlights, schedule and the related attraction', () => {
    mockId = season.id
    render(<EventDetailPage />)
    expect(screen.getByText('即将开始')).toBeInTheDocument()
    expect(screen.getByText('还有5天')).toBeInTheDocument()
    expect(screen.getByText('下一届')).toBeInTheDocument()
    expect(screen.getByText('2026年12月1日 09:00 至 2027年3月8日 16:30', { exact: false })).toBeInTheDocument()
    for (const t of [season.venue, season.price, ...season.highlights, ...season.schedule.map((s) => s.what)]) {
      expect(screen.getAllByText(t, { exact: false }).length).toBeGreaterThan(0)
    }
    // The attraction comes with the event's own part (its name and summary), with the page: no attraction's
    // summary is loaded for it.
    expect(screen.getByText('冰雪乐园（示例） ›')).toBeInTheDocument()
    expect(screen.getByText('冬季开放的冰雪乐园，有雪圈、戏雪区和初级雪道（示例）。')).toBeInTheDocument()
  })

  it('a festival the summary names shows what it says and leaves the rest to the year’s announcement', () => {
    mockId = festival.id
    render(<EventDetailPage />)
    // Its dates are only an example: no countdown, no date, no calendar entry.
    expect(screen.queryByText(countdownLabel(festival, NOW)!)).not.toBeInTheDocument()
    expect(screen.getByText('日期待公布')).toBeInTheDocument()
    expect(screen.getByText('举办日期以当年公布为准，可拨打 12345 咨询')).toBeInTheDocument()
    expect(screen.queryByText(/2027年8月/)).not.toBeInTheDocument()
    expect(screen.queryByText('添加到日历')).not.toBeInTheDocument()
    expect(screen.getByText('地点以当年公布为准')).toBeInTheDocument()
    expect(screen.getByText('以当年公布为准')).toBeInTheDocument()
    expect(screen.queryByText('日程安排')).not.toBeInTheDocument()
    expect(
      screen.getByText('《双阳区2022年工作总结》原文：「梅花鹿节、消夏节等节庆活动汇聚人气商气」'),
    ).toBeInTheDocument()
    // Its sample dates are not on the page, so the note names no sample part, and the page reads as quoted.
    expect(screen.queryByText(/演示用的示例数据/)).not.toBeInTheDocument()
    expect(screen.getByText('摘自《双阳区2022年工作总结》（2022年）')).toBeInTheDocument()
  })

  it('添加到日历 on H5 downloads an .ics of the next run', () => {
    mockId = 'horse-show-week'
    const blobs: Blob[] = []
    Object.assign(URL, { createObjectURL: (b: Blob) => (blobs.push(b), 'blob:x'), revokeObjectURL: () => undefined })
    const names: string[] = []
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download)
    })
    render(<EventDetailPage />)
    fireEvent.click(screen.getByText('添加到日历'))
    expect(names).toEqual(['马术表演周（示例）2027.ics'])
    expect(blobs[0]?.type).toContain('text/calendar')
  })

  it('an ended one-off event has no add-to-calendar', () => {
    mockId = 'fitness-walk-2025'
    render(<EventDetailPage />)
    expect(screen.getByText('已结束')).toBeInTheDocument()
    expect(screen.queryByText('添加到日历')).not.toBeInTheDocument()
  })

  it.each(['', 'nope', '<script>'])('odd id %j shows 未找到这个活动', (id) => {
    mockId = id
    render(<EventDetailPage />)
    expect(screen.getByText('未找到这个活动')).toBeInTheDocument()
  })
})

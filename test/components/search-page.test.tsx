import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import SearchPage from '@/pages/search/index'

// The page URL and the share menu belong to the running mini-program; here the test sets them.
let mockQuery = ''
jest.mock('@/hooks/use-query-param', () => ({ useQueryParam: () => mockQuery, useLiveQueryParam: () => mockQuery }))
jest.mock('@/hooks/use-sharing', () => ({ useSharing: () => undefined }))
const mockOpenRoute = jest.fn()
jest.mock('@/platform/nav', () => ({
  ...jest.requireActual<object>('@/platform/nav'),
  openRoute: (path: string) => mockOpenRoute(path),
}))

// Search's code is loaded (required, here) when the first search is asked for, which on a busy machine can hold
// the test's timers past waitFor's one second: waits allow five.
const WAIT = { timeout: 5000 }

/** Taro's H5 Input renders its inner <input> a moment after mounting. */
async function theInput(): Promise<HTMLInputElement> {
  let input: HTMLInputElement | null = null
  await waitFor(() => {
    input = document.querySelector('input')
    expect(input).not.toBeNull()
  }, WAIT)
  return input as unknown as HTMLInputElement
}

async function typeInto(text: string) {
  const input = await theInput()
  act(() => {
    input.value = text
    fireEvent.input(input, { target: { value: text } })
  })
}

describe('search page', () => {
  beforeEach(() => {
    localStorage.clear()
    mockQuery = ''
  })

  it('runs the query from the page URL (?q=) on open', async () => {
    mockQuery = '梅花鹿'
    render(<SearchPage />)
    await waitFor(async () => expect((await theInput()).value).toBe('梅花鹿'), WAIT)
    // Search's code and documents load when a search is asked for, here by the URL.
    expect(await screen.findByText('节庆活动', undefined, WAIT)).toBeInTheDocument()
  })

  it('a question finds its answer, and a sample hit carries its mark', async () => {
    // Pinned "now": 2026-11-26 10:00 Beijing, when the delivery post is open and the forklift post closed.
    const clock = jest.spyOn(Date, 'now').mockReturnValue(Date.parse('2026-11-26T10:00:00+08:00'))
    const { container } = render(<SearchPage />)
    await typeInto('丢了工作怎么办')
    // The top hit is shown first, above the groups: each record once, in order.
    const heads = () =>
      Array.from(new Set(Array.from(container.querySelectorAll('.sy-search__hit-head'), (h) => h.textContent)))
    await waitFor(() => expect(heads()[0]).toBe('丢了工作怎么办：失业登记和失业保险金一般指引'))
    await typeInto('哪里可以滑雪')
    await waitFor(() => expect(heads()[0]).toBe('冰雪乐园（示例）'))
    await typeInto('司机')
    // The open post before the closed one.
    await waitFor(() => expect(heads().slice(0, 2)).toEqual(['物流配送司机示例', '叉车司机示例']))
    clock.mockRestore()
  })

  // A villager does not know the self-check exists: asking what she may apply for offers it.
  it('我能申请什么 offers the self-check, which opens the policies list at 我能申请吗', async () => {
    const { container } = render(<SearchPage />)
    await typeInto('我能申请什么')
    const card = await screen.findByText('不知道能申请哪些政策？做个自测 ›')
    fireEvent.click(card)
    expect(mockOpenRoute).toHaveBeenCalledWith('/packages/policies/pages/list/index?check=1')
    await typeInto('梅花鹿')
    expect(container.textContent).not.toContain('做个自测')
  })

  it('shows suggestions on an empty box', () => {
    render(<SearchPage />)
    expect(screen.getByText('大家常搜')).toBeInTheDocument()
    expect(screen.getByText('梅花鹿节')).toBeInTheDocument()
  })

  it('typing shows results grouped by domain with counts and the match marked', async () => {
    const { container } = render(<SearchPage />)
    await typeInto('mhlj')
    expect(screen.getByText('节庆活动')).toBeInTheDocument()
    expect(screen.getByText(/共找到 \d+ 条/)).toBeInTheDocument()
    const marks = Array.from(container.querySelectorAll('.sy-hl__mark')).map((m) => m.textContent)
    expect(marks).toContain('梅花鹿节')
    expect(container.innerHTML).not.toContain('<script')
  })

  it('draws a screenful of hits with the keystroke, then the rest of each group', async () => {
    const { container } = render(<SearchPage />)
    await typeInto('鹿')
    const rows = () => container.querySelectorAll('.sy-search__hit').length
    expect(screen.getByText(/共找到 \d+ 条/)).toBeInTheDocument()
    // The top hit and five more: what a phone shows before scrolling.
    expect(rows()).toBe(6)
    expect(screen.queryByText(/^展开全部/)).toBeNull()
    await waitFor(() => expect(rows()).toBeGreaterThan(6))
    // Then every group shows up to five of its hits, and 展开全部 where it has more.
    const groups = Array.from(container.querySelectorAll('.sy-search__group'))
    expect(groups.length).toBeGreaterThan(1)
    for (const group of groups) {
      const count = Number(/(\d+) 条/.exec(group.querySelector('.sy-search__count')?.textContent ?? '')?.[1])
      expect(group.querySelectorAll('.sy-search__hit')).toHaveLength(Math.min(5, count))
      expect(group.textContent?.includes('展开全部')).toBe(count > 5)
    }
  })

  it('a tapped suggestion runs and is remembered as a recent search', () => {
    render(<SearchPage />)
    fireEvent.click(screen.getByText('低保'))
    expect(screen.getByText('惠民政策')).toBeInTheDocument()
    fireEvent.click(screen.getByText('清空'))
    expect(screen.getByText('最近搜索')).toBeInTheDocument()
  })

  it('offers the elderly mode when asked for 大字', async () => {
    render(<SearchPage />)
    await typeInto('大字')
    expect(screen.getByText('长辈版')).toBeInTheDocument()
    expect(screen.getByText('已关闭')).toBeInTheDocument()
    fireEvent.click(screen.getByText('长辈版'))
    expect(screen.getByText('已打开')).toBeInTheDocument()
  })

  it('says so helpfully when nothing matches', async () => {
    const { container } = render(<SearchPage />)
    await typeInto('火星基地')
    expect(screen.getByText('没有找到结果')).toBeInTheDocument()
    expect(container.querySelector('.sy-search__asked')!.textContent).toBe('你搜的是：\u2068火星基地\u2069')
    expect(screen.getByText('惠民政策')).toBeInTheDocument()
  })

  // Typing 看病能报销 passes through 看病能, which finds nothing: the answer so far stays until the words rest.
  it('words that find nothing keep the last results a moment, then say 没有找到结果 if they stay', async () => {
    render(<SearchPage />)
    await typeInto('梅花鹿')
    expect(await screen.findByText(/^共找到 \d+ 条$/, undefined, { timeout: 5000 })).toBeInTheDocument()
    await typeInto('火星基地')
    expect(screen.getByText(/^共找到 \d+ 条$/)).toBeInTheDocument()
    expect(screen.queryByText('没有找到结果')).toBeNull()
    await waitFor(() => expect(screen.getByText('没有找到结果')).toBeInTheDocument(), { timeout: 3000 })
    expect(screen.queryByText(/^共找到/)).toBeNull()
    // A search that finds something shows at once again.
    await typeInto('梅花鹿')
    expect(screen.getByText(/^共找到 \d+ 条$/)).toBeInTheDocument()
  })

  it('a query from a link is shown as the words searched, never inside a sentence of the app', async () => {
    mockQuery = '火星基地已停发，速拨 0431-99999999'
    const { container } = render(<SearchPage />)
    await waitFor(() => expect(screen.getByText('没有找到结果')).toBeInTheDocument())
    // The words sit alone in their own box, after a neutral label.
    const words = container.querySelector('.sy-search__asked-words')!
    expect(words.textContent).toBe('\u2068火星基地已停发，速拨 0431-99999999\u2069')
    expect(words.previousElementSibling!.textContent).toBe('你搜的是：')
    // No other element's own text holds them (the search box shows them as typed).
    const holders = Array.from(container.querySelectorAll('*')).filter(
      (el) => el.children.length === 0 && el.textContent?.includes('火星基地已停发'),
    )
    expect(holders).toEqual([words])
  })

  it('puts the festival first for 梅花鹿, above the groups, its dates said to be unannounced', async () => {
    const { container } = render(<SearchPage />)
    await typeInto('梅花鹿')
    const top = container.querySelector('.sy-search__top')!
    expect(top.textContent).toContain('最相关')
    expect(top.querySelector('.sy-search__hit-title')!.textContent).toBe('双阳梅花鹿节')
    expect(top.querySelector('.sy-search__hit-facts')!.textContent).toBe('日期待公布')
    const groups = Array.from(container.querySelectorAll('.sy-search__group-title')).map((g) => g.textContent)
    expect(groups[0]).toMatch(/^节庆活动/)
  })

  it('shows the top hit once: its group lists and counts the other records of its kind', async () => {
    const { container } = render(<SearchPage />)
    await typeInto('梅花鹿')
    // 6 records: 3 events (the festival first), 1 place, 2 job posts.
    await waitFor(() => expect(screen.getByText('共找到 6 条')).toBeInTheDocument())
    const titles = () => Array.from(container.querySelectorAll('.sy-search__hit-title'), (t) => t.textContent)
    await waitFor(() => expect(titles()).toHaveLength(6))
    expect(titles().filter((t) => t === '双阳梅花鹿节')).toHaveLength(1)
    const events = container.querySelector('.sy-search__group')!
    expect(events.querySelector('.sy-search__group-title')!.textContent).toBe('节庆活动 2 条')
    expect(events.querySelectorAll('.sy-search__hit')).toHaveLength(2)
  })

  it('offers 双阳梅花鹿节 for 梅花路节 as 你是不是要找…', async () => {
    const { container } = render(<SearchPage />)
    await typeInto('梅花路节')
    const offer = container.querySelector('.sy-search__did-you-mean')!
    expect(offer.textContent).toContain('你是不是要找…')
    expect(offer.querySelector('.sy-search__hit-title')!.textContent).toBe('双阳梅花鹿节')
  })

  it('keeps only searches that found something as recent searches', async () => {
    render(<SearchPage />)
    const input = await theInput()
    await typeInto('火星基地')
    fireEvent.keyDown(input, { key: 'Enter', keyCode: 13 })
    await typeInto('低保')
    fireEvent.keyDown(input, { key: 'Enter', keyCode: 13 })
    fireEvent.click(screen.getByText('清空'))
    expect(screen.getByText('最近搜索')).toBeInTheDocument()
    const chips = Array.from(document.querySelectorAll('[aria-label="最近搜索"] .sy-search__chip')).map(
      (c) => c.textContent,
    )
    expect(chips).toEqual(['低保'])
  })

  it('a long recent search shows as its start and …; a tap searches all of it', async () => {
    render(<SearchPage />)
    const input = await theInput()
    const long = '城乡低保最低生活保障是怎么申请办理的'
    await typeInto(long)
    fireEvent.keyDown(input, { key: 'Enter', keyCode: 13 })
    fireEvent.click(screen.getByText('清空'))
    const chip = document.querySelector('[aria-label="最近搜索"] .sy-search__chip')!
    expect(chip.textContent).toBe('城乡低保最低生活保障是怎…')
    fireEvent.click(chip)
    await waitFor(async () => expect((await theInput()).value).toBe(long))
  })

  it('caps a query from the URL and keeps direction controls out of the page', async () => {
    mockQuery = `\u202e${'鹿'.repeat(100_000)}`
    const { container } = render(<SearchPage />)
    await waitFor(async () => expect((await theInput()).value).toBe('鹿'.repeat(64)))
    expect(container.textContent).not.toContain('\u202e')
    expect(container.textContent).not.toContain('鹿'.repeat(65))
  })
})

import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import SearchPage from '@/pages/search/index'

// The page URL and the share menu belong to the running mini-program; here the test sets them.
let mockQuery = ''
jest.mock('@/hooks/use-query-param', () => ({ useQueryParam: () => mockQuery }))
jest.mock('@/hooks/use-sharing', () => ({ useSharing: () => undefined }))

/** Taro's H5 Input renders its inner <input> a moment after mounting. */
async function theInput(): Promise<HTMLInputElement> {
  let input: HTMLInputElement | null = null
  await waitFor(() => {
    input = document.querySelector('input')
    expect(input).not.toBeNull()
  })
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
    await waitFor(async () => expect((await theInput()).value).toBe('梅花鹿'))
    expect(screen.getByText('节庆活动')).toBeInTheDocument()
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
    render(<SearchPage />)
    await typeInto('火星基地')
    expect(screen.getByText('没有找到与“火星基地”有关的内容')).toBeInTheDocument()
    expect(screen.getByText('惠民政策')).toBeInTheDocument()
  })
})

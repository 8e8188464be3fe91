import { fireEvent, render, screen, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { embeddedPack } from '@/content/index'
import MinePage from '@/pages/mine/index'

jest.mock('@/hooks/use-sharing', () => ({ useSharing: () => undefined }))

/*
 * 取消收藏 in 我的 is one tap next to the title: a shaky finger must not lose the one policy saved. The row goes at
 * once, and 撤销 beside 已取消收藏：… puts it back in its old place, on the device too.
 */

const KEY = 'sy.favourites.v1'
const [first, second, third] = embeddedPack.policies
const saved = [
  { domain: 'policies', id: first!.id, title: first!.title, savedAt: 3000 },
  { domain: 'policies', id: second!.id, title: second!.title, savedAt: 2000 },
  { domain: 'policies', id: third!.id, title: third!.title, savedAt: 1000 },
]
const stored = (): Array<{ id: string }> => {
  const raw = localStorage.getItem(KEY)
  return raw === null ? [] : (JSON.parse((JSON.parse(raw) as { data: string }).data) as Array<{ id: string }>)
}
const shownTitles = (): string[] =>
  Array.from(document.querySelectorAll('.sy-mine__fav-title')).map((e) =>
    (e.textContent ?? '').replace(/示例|一般指引/g, ''),
  )

let toasts: jest.SpyInstance
beforeEach(() => {
  localStorage.clear()
  localStorage.setItem(KEY, JSON.stringify({ data: JSON.stringify(saved) }))
  toasts = jest.spyOn(Taro, 'showToast').mockImplementation(() => Promise.resolve({ errMsg: 'showToast:ok' }))
})
afterEach(() => jest.restoreAllMocks())

test('取消收藏 removes the row and offers 撤销, which puts it back in its old place and on the device', async () => {
  render(<MinePage />)
  await screen.findByText(second!.title, { exact: false })
  expect(shownTitles()).toEqual([first!.title, second!.title, third!.title])

  fireEvent.click(screen.getByLabelText(`取消收藏 ${second!.title}`))
  expect(shownTitles()).toEqual([first!.title, third!.title])
  expect(stored().map((f) => f.id)).toEqual([first!.id, third!.id])
  const undo = screen.getByRole('status')
  expect(within(undo).getByText(`已取消收藏：${second!.title}`)).toBeInTheDocument()

  fireEvent.click(within(undo).getByText('撤销'))
  expect(shownTitles()).toEqual([first!.title, second!.title, third!.title])
  expect(stored().map((f) => f.id)).toEqual([first!.id, second!.id, third!.id])
  expect(screen.queryByText(`已取消收藏：${second!.title}`)).toBeNull()
  expect(toasts).not.toHaveBeenCalled()
})

// The favourites store is read once per run (a module of the app), so this test removes what the page shows.
test('every favourite removed: 还没有收藏 with 撤销 for the last one, and 撤销 brings that one back', async () => {
  render(<MinePage />)
  await screen.findByText(first!.title, { exact: false })
  for (const title of shownTitles()) fireEvent.click(screen.getByLabelText(`取消收藏 ${title}`))
  expect(screen.getByText('还没有收藏')).toBeInTheDocument()
  expect(stored()).toEqual([])
  fireEvent.click(within(screen.getByRole('status')).getByText('撤销'))
  expect(shownTitles()).toEqual([third!.title])
  expect(stored().map((f) => f.id)).toEqual([third!.id])
})

test('撤销 on a full phone says 没存上 and shows the favourite back for this visit, never that it is saved', async () => {
  render(<MinePage />)
  await screen.findByText(third!.title, { exact: false })
  fireEvent.click(screen.getByLabelText(`取消收藏 ${third!.title}`))
  jest.spyOn(Taro, 'setStorageSync').mockImplementation(() => {
    throw new Error('setStorageSync:fail exceed storage max size 10MB')
  })
  fireEvent.click(within(screen.getByRole('status')).getByText('撤销'))
  expect(toasts.mock.calls.map(([o]) => (o as { title: string }).title)).toEqual([
    '没存上：手机存储空间满了，重新收藏只在这次使用中有效',
  ])
  expect(shownTitles()).toEqual([third!.title])
})

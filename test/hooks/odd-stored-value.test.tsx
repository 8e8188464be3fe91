import { fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { ElderSwitch } from '@/components/elder-switch'
import { FavouriteButton } from '@/components/favourite-button'
import { restoreCachedContent } from '@/platform/content-update'
import { createContentStore, embeddedSummary } from '@/domain/content-store'

/*
 * One odd value under one key (another app on the same H5 origin, a hand edit) must cost that key only. Taro's H5
 * getStorageSync calls the stored object's own hasOwnProperty, so `{"hasOwnProperty":1}` makes it throw; before,
 * the app then took storage as unavailable for good and nothing was saved again. In a file of its own: once the
 * app decides storage is gone, it stays so for the session.
 */

const ODD = '{"hasOwnProperty":1}'
let toasts: jest.SpyInstance
const toastTitles = (): string[] => toasts.mock.calls.map(([o]) => (o as { title: string }).title)
const stored = (key: string): unknown => {
  const raw = localStorage.getItem(key)
  return raw === null ? undefined : JSON.parse((JSON.parse(raw) as { data: string }).data)
}

beforeEach(() => {
  localStorage.clear()
  toasts = jest.spyOn(Taro, 'showToast').mockImplementation(() => Promise.resolve({ errMsg: 'showToast:ok' }))
})

afterEach(() => jest.restoreAllMocks())

test('an odd content manifest: the cached pack is dropped, and 收藏 is still saved on the device', () => {
  localStorage.setItem('sy.content.manifest.v1', ODD)
  const store = createContentStore({ summary: embeddedSummary, origin: 'embedded' })
  expect(restoreCachedContent(store)).toBe('corrupt-cache')
  expect(localStorage.getItem('sy.content.manifest.v1')).toBeNull()
  render(<FavouriteButton domain='jobs' id='job-a' title='示例岗位' />)
  fireEvent.click(screen.getByText('收藏'))
  expect(toastTitles()).toEqual(['已收藏，可在“我的”里找到'])
  expect(stored('sy.favourites.v1')).toEqual([expect.objectContaining({ domain: 'jobs', id: 'job-a' })])
})

test('odd settings: repaired to the default with its own calm notice, and 长辈版 is saved again', () => {
  localStorage.setItem('sy.settings.v1', ODD)
  render(<ElderSwitch />)
  expect(screen.getByText('已关闭')).toBeInTheDocument()
  fireEvent.click(screen.getByText('长辈版'))
  expect(screen.getByText('已打开')).toBeInTheDocument()
  expect(toastTitles()).toEqual(['设置数据有损坏，已恢复为默认设置', '已打开长辈版：字更大、按钮更大'])
  expect(stored('sy.settings.v1')).toEqual({ elderMode: true })
})

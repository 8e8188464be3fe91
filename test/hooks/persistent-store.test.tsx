import { act, fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { ElderSwitch } from '@/components/elder-switch'
import { FavouriteButton } from '@/components/favourite-button'
import { recentSearchesShape } from '@/domain/search/recent'
import { createPersistentStore } from '@/platform/persistent-store'
import { favouritesStore } from '@/platform/saved-lists'
import { settingsStore, STORAGE_KEYS } from '@/platform/stores'

/*
 * The store over the real H5 Taro storage (jsdom's localStorage). A full disk
 * is setItem throwing QuotaExceededError, as browsers do; no storage at all is
 * what src/index.html leaves behind (a memory stand-in and __syStorage).
 */

let toasts: jest.SpyInstance

const toastTitles = (): string[] => toasts.mock.calls.map(([o]) => (o as { title: string }).title)

/** What Taro's H5 storage holds for a key (it wraps values as {"data": …}). */
function storedJson(key: string): unknown {
  const raw = localStorage.getItem(key)
  if (raw === null) return undefined
  return JSON.parse((JSON.parse(raw) as { data: string }).data)
}

function fillTheDisk(): void {
  jest.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
  })
}

beforeEach(() => {
  localStorage.clear()
  favouritesStore.set([])
  settingsStore.set({ elderMode: false })
  localStorage.clear()
  toasts = jest.spyOn(Taro, 'showToast').mockImplementation(() => Promise.resolve({ errMsg: 'showToast:ok' }))
})

afterEach(() => {
  jest.restoreAllMocks()
  delete (window as unknown as { __syStorage?: string }).__syStorage
})

describe('收藏 tells the truth about the write', () => {
  it('with a full disk it says 没存上, never 已收藏，可在“我的”里找到', () => {
    fillTheDisk()
    render(<FavouriteButton domain='jobs' id='job-a' title='示例岗位' />)
    fireEvent.click(screen.getByText('收藏'))
    expect(toastTitles()).toEqual(['没存上：手机存储空间满了，收藏只在这次使用中有效'])
    // Kept for this session all the same.
    expect(screen.getByText('已收藏')).toBeInTheDocument()
  })

  it('when the write sticks it says where to find it, and the device has it', () => {
    render(<FavouriteButton domain='jobs' id='job-a' title='示例岗位' />)
    fireEvent.click(screen.getByText('收藏'))
    expect(toastTitles()).toEqual(['已收藏，可在“我的”里找到'])
    expect(storedJson(STORAGE_KEYS.favourites)).toEqual([
      { domain: 'jobs', id: 'job-a', title: '示例岗位', savedAt: expect.any(Number) },
    ])
  })
})

describe('长辈版 switch', () => {
  const row = () => screen.getByText('长辈版').closest('.sy-elder__row') as HTMLElement

  it('counts both taps of a burst: two taps before a render leave it off', () => {
    render(<ElderSwitch />)
    act(() => {
      fireEvent.click(row())
      fireEvent.click(row())
    })
    expect(storedJson(STORAGE_KEYS.settings)).toEqual({ elderMode: false })
    expect(screen.getByText('已关闭')).toBeInTheDocument()
    expect(toastTitles()).toEqual(['已打开长辈版：字更大、按钮更大', '已切换回标准版'])
  })

  it('with a full disk it says the switch was not saved', () => {
    fillTheDisk()
    render(<ElderSwitch />)
    fireEvent.click(row())
    expect(toastTitles()).toEqual(['没存上：手机存储空间满了，长辈版只在这次使用中有效'])
    expect(screen.getByText('已打开')).toBeInTheDocument()
  })
})

describe('stored lists', () => {
  // How long such a read takes is the bench's to measure; here: what is kept and written back.
  it('100,000 old recent searches: trimmed to ten, and the trimmed list written back', () => {
    const many = Array.from({ length: 100_000 }, (_, i) => `旧搜索${i}`)
    Taro.setStorageSync(STORAGE_KEYS.recentSearches, JSON.stringify(many))
    const store = createPersistentStore({
      key: STORAGE_KEYS.recentSearches,
      shape: recentSearchesShape,
      damaged: '搜索记录有损坏，已清理',
    })
    expect(store.get()).toEqual(many.slice(0, 10))
    expect(storedJson(STORAGE_KEYS.recentSearches)).toEqual(many.slice(0, 10))
    // A cap is not damage: no notice.
    expect(toastTitles()).toEqual([])
  })

  it('functional updates apply in order, each on the previous result', () => {
    favouritesStore.set((prev) => [...prev, { domain: 'jobs', id: 'a', title: 'A', savedAt: 1 }])
    favouritesStore.set((prev) => [...prev, { domain: 'jobs', id: 'b', title: 'B', savedAt: 2 }])
    expect(favouritesStore.get().map((f) => f.id)).toEqual(['a', 'b'])
    expect((storedJson(STORAGE_KEYS.favourites) as Array<{ id: string }>).map((f) => f.id)).toEqual(['a', 'b'])
  })

  it('set() says whether the write stuck', () => {
    expect(favouritesStore.set([])).toBe('saved')
    fillTheDisk()
    expect(favouritesStore.set([{ domain: 'jobs', id: 'a', title: 'A', savedAt: 1 }])).toBe('full')
    // The session keeps the change even though the device did not.
    expect(favouritesStore.get()).toHaveLength(1)
  })
})

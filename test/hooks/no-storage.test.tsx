import { fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { FavouriteButton } from '@/components/favourite-button'

/*
 * No storage at all: what src/index.html leaves behind in H5 privacy modes (a memory stand-in and __syStorage).
 * Once the app knows, it stays so for the session, so this runs in a file of its own (a fresh app).
 */

test('with no storage at all it works for the session, says so once, and each tap says 没存上', () => {
  const toasts = jest.spyOn(Taro, 'showToast').mockImplementation(() => Promise.resolve({ errMsg: 'showToast:ok' }))
  ;(window as unknown as { __syStorage?: string }).__syStorage = 'memory'
  render(<FavouriteButton domain='jobs' id='job-a' title='示例岗位' />)
  fireEvent.click(screen.getByText('收藏'))
  fireEvent.click(screen.getByText('已收藏'))
  expect(toasts.mock.calls.map(([o]) => (o as { title: string }).title)).toEqual([
    '这台设备不能保存数据：收藏和设置只在这次使用中有效',
    '没存上：这台设备不允许保存数据，收藏只在这次使用中有效',
    '没存上：这台设备不允许保存数据，取消收藏只在这次使用中有效',
  ])
  expect(screen.getByText('收藏')).toBeInTheDocument()
})

import { fireEvent, render, screen } from '@testing-library/react'
import MinePage from '@/pages/mine/index'

const mockCall = jest.fn()
jest.mock('@/hooks/use-sharing', () => ({ useSharing: () => undefined }))
jest.mock('@/platform/phone', () => ({ callPhone: (n: string) => mockCall(n) }))

// In a browser there is no WeChat feedback page: 我的 says plainly to call 12345, and one tap does.
test('意见反馈 on H5 points to the 12345 hotline and calls it', () => {
  render(<MinePage />)
  expect(screen.getByText('意见反馈')).toBeInTheDocument()
  expect(screen.getByText(/请拨打 12345 政务服务便民热线/)).toBeInTheDocument()
  fireEvent.click(screen.getByText('拨打 12345'))
  expect(mockCall).toHaveBeenCalledWith('12345')
})

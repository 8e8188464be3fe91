import { notify } from '@/platform/feedback'

// H5 notices are our own small DOM toast (Taro's showToast module is 10 KB gzip with its modal and action sheet).
describe('notify on H5', () => {
  beforeEach(() => jest.useFakeTimers())
  afterEach(() => jest.useRealTimers())

  test('shows the text as a status people and screen readers get, for 2.5 s', () => {
    notify('已复制电话号码')
    const shown = document.querySelector('[role="status"]')
    expect(shown?.textContent).toBe('已复制电话号码')
    expect(shown?.getAttribute('aria-live')).toBe('polite')
    jest.advanceTimersByTime(2400)
    expect(document.querySelector('[role="status"]')).not.toBeNull()
    jest.advanceTimersByTime(200)
    expect(document.querySelector('[role="status"]')).toBeNull()
  })

  test('a second notice replaces the first instead of stacking', () => {
    notify('第一条')
    notify('第二条')
    const shown = document.querySelectorAll('[role="status"]')
    expect(shown).toHaveLength(1)
    expect(shown[0]?.textContent).toBe('第二条')
    jest.advanceTimersByTime(2500)
    expect(document.querySelectorAll('[role="status"]')).toHaveLength(0)
  })
})

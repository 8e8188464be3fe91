import { writeClipboard } from '@/platform/clipboard.h5'

// The H5 build's clipboard (Taro resolves clipboard.h5.ts there); phone.ts turns a rejection into a message.
describe('writeClipboard on H5', () => {
  const original = Object.getOwnPropertyDescriptor(navigator, 'clipboard')
  afterEach(() => {
    if (original) Object.defineProperty(navigator, 'clipboard', original)
    else delete (navigator as unknown as { clipboard?: unknown }).clipboard
  })

  test('writes the text with the browser clipboard', async () => {
    const writeText = jest.fn().mockResolvedValue(undefined)
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true })
    await writeClipboard('0431-00001234')
    expect(writeText).toHaveBeenCalledWith('0431-00001234')
  })

  test('rejects when the browser refuses, so the caller can say so', async () => {
    const writeText = jest.fn().mockRejectedValue(new Error('NotAllowedError'))
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true })
    await expect(writeClipboard('12345')).rejects.toThrow('NotAllowedError')
  })

  test('without a clipboard API, falls back to the copy command and rejects if it is refused', async () => {
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true })
    const exec = jest.fn().mockReturnValue(false)
    Object.defineProperty(document, 'execCommand', { value: exec, configurable: true })
    await expect(writeClipboard('12345')).rejects.toThrow('copy refused')
    expect(exec).toHaveBeenCalledWith('copy')
    expect(document.querySelector('textarea')).toBeNull()
  })
})

import Taro from '@tarojs/taro'

/** Puts text on the clipboard; rejects when the platform refuses (e.g. privacy errno 112/104). */
export async function writeClipboard(data: string): Promise<void> {
  await Taro.setClipboardData({ data })
}

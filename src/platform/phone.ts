import Taro from '@tarojs/taro'
import { notify } from './feedback'

/** One-tap call. A cancelled dial is not an error; a platform without calling gets the number to copy. */
export async function callPhone(phoneNumber: string): Promise<void> {
  try {
    await Taro.makePhoneCall({ phoneNumber })
  } catch (error) {
    const message = String((error as { errMsg?: string })?.errMsg ?? error)
    if (/cancel/i.test(message)) return
    await copyText(phoneNumber, `请拨打 ${phoneNumber}（号码已复制）`)
  }
}

export async function copyText(data: string, done = '已复制'): Promise<void> {
  try {
    await Taro.setClipboardData({ data })
    notify(done)
  } catch {
    notify(`复制失败，请手动记下：${data}`)
  }
}

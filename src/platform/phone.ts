import Taro from '@tarojs/taro'
import { copyText } from './copy'
import { failureKind } from './privacy'

/** One-tap call. A cancelled dial is not an error; a platform without calling gets the number to copy. */
export async function callPhone(phoneNumber: string): Promise<void> {
  try {
    await Taro.makePhoneCall({ phoneNumber })
  } catch (error) {
    if (failureKind(error) === 'cancel') return
    await copyText(phoneNumber, `请拨打 ${phoneNumber}（号码已复制）`)
  }
}

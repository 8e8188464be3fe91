import Taro from '@tarojs/taro'
import { writeClipboard } from './clipboard'
import { explain, notify } from './feedback'
import { copyFailureNotice, failureKind } from './privacy'

/** One-tap call. A cancelled dial is not an error; a platform without calling gets the number to copy. */
export async function callPhone(phoneNumber: string): Promise<void> {
  try {
    await Taro.makePhoneCall({ phoneNumber })
  } catch (error) {
    if (failureKind(error) === 'cancel') return
    await copyText(phoneNumber, `请拨打 ${phoneNumber}（号码已复制）`)
  }
}

/** Copies text; when the platform refuses, says why and shows the text to note down. */
export async function copyText(data: string, done = '已复制'): Promise<boolean> {
  try {
    await writeClipboard(data)
    notify(done)
    return true
  } catch (error) {
    const notice = copyFailureNotice(failureKind(error), data)
    if (notice) await explain(notice)
    return false
  }
}

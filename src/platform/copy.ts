import { writeClipboard } from './clipboard'
import { explain, notify } from './feedback'
import { copyFailureNotice, failureKind } from './privacy'

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

import Taro from '@tarojs/taro'
import type { PhoneCalendarRequest } from '@/domain/ics'
import { calendarOptionsFor } from './calendar-options'
import { explain, notify } from './feedback'
import { calendarFailureNotice, failureKind } from './privacy'

/**
 * weapp: the phone's calendar through wx.addPhoneCalendar (Unix seconds). When
 * WeChat refuses (privacy guide, consent, calendar permission), the notice says
 * why and shows `when` to note down instead; only a switched-off permission offers 去设置.
 */
export async function addToPhoneCalendar(request: PhoneCalendarRequest, when: string): Promise<boolean> {
  const options = calendarOptionsFor('weapp', request)
  try {
    // Taro does not promisify addPhoneCalendar on weapp (it returns whatever wx
    // returns), so the outcome is taken from WeChat's own success/fail callbacks.
    await new Promise((resolve, reject) => {
      const returned: unknown = Taro.addPhoneCalendar({
        ...options,
        // Taro's typings declare endTime as a string; WeChat itself takes a number of seconds.
        endTime: options.endTime as unknown as string,
        alarm: true,
        alarmOffset: 3600,
        success: resolve,
        fail: reject,
      })
      if (returned instanceof Promise) returned.then(resolve, reject)
    })
    notify('已添加到手机日历')
    return true
  } catch (error) {
    const notice = calendarFailureNotice(failureKind(error), request.title, when)
    if (notice) await explain(notice)
    return false
  }
}

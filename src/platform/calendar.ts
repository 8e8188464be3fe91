import Taro from '@tarojs/taro'
import type { DistrictEvent } from '@/content/schema'
import type { DateInput } from '@/domain/date'
import { occurrenceLabel, type Occurrence } from '@/domain/events'
import { buildIcs, calendarRequest, icsFileName, type PhoneCalendarRequest } from '@/domain/ics'
import { explain, notify } from './feedback'
import { calendarFailureNotice, failureKind } from './privacy'

export type CalendarPlatform = 'weapp' | 'h5'

/** What each platform's calendar call is given: the same request, times in the unit that platform reads. */
export interface PlatformCalendarOptions {
  title: string
  startTime: number
  endTime: number
  description: string
  location: string
  allDay: false
}

/**
 * The one place times change unit. The request holds Unix seconds, which is
 * what wx.addPhoneCalendar reads; Taro's H5 addPhoneCalendar passes times to
 * `new Date()`, so H5 gets milliseconds. (H5 itself downloads an .ics file;
 * this conversion is for any code that calls the H5 API.)
 */
export function calendarOptionsFor(platform: CalendarPlatform, request: PhoneCalendarRequest): PlatformCalendarOptions {
  const factor = platform === 'h5' ? 1000 : 1
  return { ...request, startTime: request.startTime * factor, endTime: request.endTime * factor }
}

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

/** H5: the event as a downloadable .ics file, which any calendar app opens; else `when` to note down. */
export function downloadIcsFile(
  ics: string,
  fileName: string,
  note?: { title: string; when: string },
): Blob | undefined {
  try {
    const blob = new Blob([ics], { type: 'text/calendar;charset=utf-8' })
    const url = URL.createObjectURL(blob)
    const link = document.createElement('a')
    link.href = url
    link.download = fileName
    link.rel = 'noopener'
    link.style.display = 'none'
    document.body.appendChild(link)
    link.click()
    link.remove()
    // Some browsers read the URL after click returns: let go of it a little later.
    setTimeout(() => URL.revokeObjectURL(url), 30_000)
    notify('已下载，打开这个文件就能存到手机日历')
    return blob
  } catch (error) {
    const notice = note && calendarFailureNotice(failureKind(error), note.title, note.when)
    if (notice) void explain({ ...notice, title: '暂时无法生成日历文件' })
    else notify('暂时无法生成日历文件')
    return undefined
  }
}

export interface AddToCalendarOptions {
  now: DateInput
  /** The event page, written into the .ics file (H5 default: the current address). */
  url?: string
}

/** Add one occurrence of an event to the user's calendar, the way this platform can. */
export async function addEventToCalendar(
  event: DistrictEvent,
  occurrence: Occurrence,
  options: AddToCalendarOptions,
): Promise<void> {
  const when = occurrenceLabel(occurrence)
  if (process.env.TARO_ENV === 'h5') {
    const url = options.url ?? (typeof window !== 'undefined' ? window.location.href : undefined)
    downloadIcsFile(buildIcs(event, occurrence, { now: options.now, url }), icsFileName(event, occurrence), {
      title: event.title,
      when,
    })
    return
  }
  await addToPhoneCalendar(calendarRequest(event, occurrence), when)
}

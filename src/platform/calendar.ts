import Taro from '@tarojs/taro'
import type { DistrictEvent } from '@/content/schema'
import type { DateInput } from '@/domain/date'
import type { Occurrence } from '@/domain/events'
import { buildIcs, calendarRequest, icsFileName, type PhoneCalendarRequest } from '@/domain/ics'
import { notify } from './feedback'

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

function isCancel(error: unknown): boolean {
  return /cancel/i.test(String((error as { errMsg?: string })?.errMsg ?? error))
}

/** weapp: the phone's calendar through wx.addPhoneCalendar (Unix seconds). */
export async function addToPhoneCalendar(request: PhoneCalendarRequest): Promise<boolean> {
  const options = calendarOptionsFor('weapp', request)
  try {
    // Taro's typings declare endTime as a string; WeChat itself takes a number of seconds.
    await Taro.addPhoneCalendar({
      ...options,
      endTime: options.endTime as unknown as string,
      alarm: true,
      alarmOffset: 3600,
    })
    notify('已添加到手机日历')
    return true
  } catch (error) {
    if (!isCancel(error)) notify('没能添加到日历，请检查日历权限')
    return false
  }
}

/** H5: the event as a downloadable .ics file, which any calendar app opens. */
export function downloadIcsFile(ics: string, fileName: string): Blob | undefined {
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
    notify('已下载日历文件，打开即可添加到日历')
    return blob
  } catch {
    notify('暂时无法生成日历文件')
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
  if (process.env.TARO_ENV === 'h5') {
    const url = options.url ?? (typeof window !== 'undefined' ? window.location.href : undefined)
    downloadIcsFile(buildIcs(event, occurrence, { now: options.now, url }), icsFileName(event, occurrence))
    return
  }
  await addToPhoneCalendar(calendarRequest(event, occurrence))
}

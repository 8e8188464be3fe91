import type { PhoneCalendarRequest } from '@/domain/ics'

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

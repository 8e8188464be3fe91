import type { DistrictEvent } from '@/content/schema'
import type { DateInput } from '@/domain/date'
import { occurrenceLabel, type Occurrence } from '@/domain/events'
import { buildIcs, calendarRequest, icsFileName } from '@/domain/ics'
import { explain, notify } from './feedback'
import { addToPhoneCalendar } from './phone-calendar'
import { calendarFailureNotice, failureKind } from './privacy'

export { addToPhoneCalendar }
export { calendarOptionsFor, type CalendarPlatform, type PlatformCalendarOptions } from './calendar-options'

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
  } else {
    await addToPhoneCalendar(calendarRequest(event, occurrence), when)
  }
}

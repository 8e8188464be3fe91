import type { PhoneCalendarRequest } from '@/domain/ics'

/*
 * H5 builds take this file instead of phone-calendar.ts (Taro resolves
 * `.h5.ts` first): H5 adds events by downloading an .ics file
 * (calendar.ts), so Taro's H5 addPhoneCalendar and the libraries it brings
 * (ics, yup: about 22 KB gzip) stay out of the event page.
 */
export async function addToPhoneCalendar(_request: PhoneCalendarRequest, _when: string): Promise<boolean> {
  return false
}

import type { DistrictEvent } from '../content/schema'
import { DAY_MS } from '../content/calendar'
import { toMillis, type DateInput } from './date'
import { compactStamp, yearLabel } from './date-calendar'
import type { Occurrence } from './events'
import { isSampleRecord, markedTitle } from './records'

/** The zone every content time is in; the calendar shows it in the reader's own zone. */
export const ICS_TZID = 'Asia/Shanghai'

const CRLF = '\r\n'
/** RFC 5545 §3.1: lines longer than 75 octets (not characters) are folded. */
const MAX_LINE_OCTETS = 75

export interface IcsOptions {
  /** When the file is made: the DTSTAMP. */
  now: DateInput
  /** The event's page, added as URL and to the description. Only http(s) is used. */
  url?: string
}

/**
 * What the platform layer hands to the phone calendar.
 *
 * Times are Unix SECONDS, as `wx.addPhoneCalendar` wants; the platform layer
 * (calendarOptionsFor) gives Taro's H5 implementation milliseconds. (Taro's
 * typings declare `endTime` as a string; the platform layer converts with `String()`.)
 */
export interface PhoneCalendarRequest {
  title: string
  /** Unix seconds. */
  startTime: number
  /** Unix seconds. */
  endTime: number
  description: string
  location: string
  allDay: false
}

/** Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma, newline. */
export function escapeIcsText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
}

function utf8Octets(codePoint: number): number {
  if (codePoint < 0x80) return 1
  if (codePoint < 0x800) return 2
  if (codePoint < 0x10000) return 3
  return 4
}

/**
 * Folds one content line into pieces of at most 75 octets (UTF-8), each
 * continuation starting with a space that counts toward its 75. Splits only
 * between characters, never inside a multibyte one.
 */
export function foldIcsLine(line: string): string {
  const pieces: string[] = []
  let piece = ''
  let octets = 0
  let limit = MAX_LINE_OCTETS
  for (const char of line) {
    const size = utf8Octets(char.codePointAt(0) ?? 0)
    if (octets + size > limit) {
      pieces.push(piece)
      piece = ''
      octets = 0
      limit = MAX_LINE_OCTETS - 1
    }
    piece += char
    octets += size
  }
  pieces.push(piece)
  return pieces.join(`${CRLF} `)
}

/** `20270818T090000`: Beijing wall clock, for values with TZID=Asia/Shanghai. */
function beijingStamp(ms: number): string {
  return compactStamp(ms)
}

/** `20261126T000000Z` */
function utcStamp(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`
}

function safeUrl(url: string | undefined): string | undefined {
  return url !== undefined && /^https?:\/\/[^\s"<>\\]+$/.test(url) ? url : undefined
}

function eventLocation(event: DistrictEvent): string {
  const { address, venue } = event
  if (!address || address.includes(venue)) return address ?? venue
  return `${venue}（${address}）`
}

export const SAMPLE_EVENT_NOTE = '这是演示用的示例活动，不是官方发布的信息，请勿按此安排行程。'

/** Plain-text description shared by the .ics file and the phone calendar. */
function eventDescription(event: DistrictEvent, url?: string): string {
  const lines = isSampleRecord(event.source) ? [SAMPLE_EVENT_NOTE, '', event.summary] : [event.summary]
  if (event.highlights.length > 0) lines.push('', '亮点：', ...event.highlights.map((h) => `· ${h}`))
  lines.push('', `门票：${event.price}`)
  if (url) lines.push(`详情：${url}`)
  return lines.join('\n')
}

/**
 * An RFC 5545 calendar holding one occurrence of the event, with CRLF line
 * endings and folded lines. Times carry TZID=Asia/Shanghai and a matching
 * VTIMEZONE, so calendars in any zone place the event correctly.
 */
export function buildIcs(event: DistrictEvent, occurrence: Occurrence, options: IcsOptions): string {
  const url = safeUrl(options.url)
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Zhihui Shuangyang//Events//ZH',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VTIMEZONE',
    `TZID:${ICS_TZID}`,
    'BEGIN:STANDARD',
    'DTSTART:19700101T000000',
    'TZOFFSETFROM:+0800',
    'TZOFFSETTO:+0800',
    'TZNAME:CST',
    'END:STANDARD',
    'END:VTIMEZONE',
    'BEGIN:VEVENT',
    `UID:${event.id}-${beijingStamp(occurrence.start)}@shuangyang`,
    `DTSTAMP:${utcStamp(toMillis(options.now))}`,
    `DTSTART;TZID=${ICS_TZID}:${beijingStamp(occurrence.start)}`,
    `DTEND;TZID=${ICS_TZID}:${beijingStamp(occurrence.end)}`,
    `SUMMARY:${escapeIcsText(markedTitle(event.title, event.source, 'events'))}`,
    `LOCATION:${escapeIcsText(eventLocation(event))}`,
    `DESCRIPTION:${escapeIcsText(eventDescription(event, url))}`,
    `CATEGORIES:${escapeIcsText(event.category)}`,
    ...(url ? [`URL:${url}`] : []),
    // A sample event is not going to happen as written, and a season is not an appointment: neither blocks time.
    isSampleRecord(event.source) ? 'STATUS:TENTATIVE' : 'STATUS:CONFIRMED',
    isSampleRecord(event.source) || occurrence.end - occurrence.start > DAY_MS ? 'TRANSP:TRANSPARENT' : 'TRANSP:OPAQUE',
    'END:VEVENT',
    'END:VCALENDAR',
  ]
  return lines.map(foldIcsLine).join(CRLF) + CRLF
}

/**
 * The file name people see in their downloads: the event's title as the app shows it (示例 included) and the
 * occurrence's year (Beijing), `马术表演周（示例）2026.ics`. Without an occurrence, the stored start's year.
 */
export function icsFileName(event: DistrictEvent, occurrence?: Occurrence): string {
  const year = yearLabel(occurrence ? occurrence.start : event.start)
  // Characters no file system takes, and controls, become spaces; the schema already keeps titles plain.
  const title = markedTitle(event.title, event.source, 'events')
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 60)
  const base = title || '活动'
  return base.includes(year) ? `${base}.ics` : `${base}${year}.ics`
}

/** The phone-calendar request for one occurrence; times in Unix seconds (see PhoneCalendarRequest). */
export function calendarRequest(event: DistrictEvent, occurrence: Occurrence): PhoneCalendarRequest {
  return {
    title: markedTitle(event.title, event.source, 'events'),
    startTime: Math.floor(occurrence.start / 1000),
    endTime: Math.floor(occurrence.end / 1000),
    description: eventDescription(event),
    location: eventLocation(event),
    allDay: false,
  }
}

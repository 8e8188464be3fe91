import Taro from '@tarojs/taro'
import type { DistrictEvent } from '@/content/schema'
import { occurrenceFor } from '@/domain/events'
import { calendarRequest } from '@/domain/ics'
import { addEventToCalendar, addToPhoneCalendar, calendarOptionsFor, downloadIcsFile } from '@/platform/calendar'

const festival: DistrictEvent = {
  id: 'meihualu-festival',
  title: '双阳梅花鹿节',
  category: '节庆',
  recurrence: 'annual',
  start: '2026-08-18T09:00+08:00',
  end: '2026-08-22T17:00+08:00',
  summary: '赏鹿、品鹿宴,看鹿王评选\n第二行',
  venue: '鹿峰旅游度假区',
  address: '双阳区鹿乡镇',
  townId: 'luxiang',
  price: '免费',
  highlights: ['鹿王评选'],
  schedule: [],
  source: { kind: 'sample' },
}

// 2026-11-26 10:00 Beijing: the festival's next run is August 2027.
const NOW = Date.parse('2026-11-26T10:00:00+08:00')
const START_2027 = Date.parse('2027-08-18T09:00:00+08:00')
const END_2027 = Date.parse('2027-08-22T17:00:00+08:00')

function readBlob(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(String(reader.result))
    reader.onerror = () => reject(reader.error)
    reader.readAsText(blob)
  })
}

describe('calendarOptionsFor: the one unit conversion', () => {
  const request = calendarRequest(festival, occurrenceFor(festival, NOW))

  it('gives weapp Unix seconds', () => {
    const options = calendarOptionsFor('weapp', request)
    expect(options.startTime).toBe(START_2027 / 1000)
    expect(options.endTime).toBe(END_2027 / 1000)
  })

  it('gives H5 milliseconds (Taro H5 reads times with new Date())', () => {
    const options = calendarOptionsFor('h5', request)
    expect(options.startTime).toBe(START_2027)
    expect(new Date(options.endTime).toISOString()).toBe('2027-08-22T09:00:00.000Z')
  })
})

describe('weapp adapter', () => {
  afterEach(() => jest.restoreAllMocks())

  it('calls addPhoneCalendar with numbers of seconds', async () => {
    const add = jest.spyOn(Taro, 'addPhoneCalendar').mockResolvedValue({ errMsg: 'addPhoneCalendar:ok' })
    const ok = await addToPhoneCalendar(calendarRequest(festival, occurrenceFor(festival, NOW)))
    expect(ok).toBe(true)
    const options = add.mock.calls[0]?.[0] as unknown as Record<string, unknown>
    expect(options.startTime).toBe(START_2027 / 1000)
    expect(options.endTime).toBe(END_2027 / 1000)
    expect(typeof options.endTime).toBe('number')
    expect(options.title).toBe('双阳梅花鹿节')
  })

  it('a refused permission is reported, not thrown', async () => {
    jest.spyOn(Taro, 'addPhoneCalendar').mockRejectedValue({ errMsg: 'addPhoneCalendar:fail auth deny' })
    await expect(addToPhoneCalendar(calendarRequest(festival, occurrenceFor(festival, NOW)))).resolves.toBe(false)
  })
})

describe('H5 adapter', () => {
  let blobs: Blob[]
  let downloads: string[]

  beforeEach(() => {
    blobs = []
    downloads = []
    Object.assign(URL, {
      createObjectURL: (b: Blob) => {
        blobs.push(b)
        return 'blob:test'
      },
      revokeObjectURL: () => undefined,
    })
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloads.push(this.download)
    })
  })

  afterEach(() => jest.restoreAllMocks())

  it('downloads the text as a text/calendar file under the given name', async () => {
    const blob = downloadIcsFile('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n', 'x-2027.ics')
    expect(blob?.type).toBe('text/calendar;charset=utf-8')
    expect(downloads).toEqual(['x-2027.ics'])
    await expect(readBlob(blobs[0] as Blob)).resolves.toBe('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n')
  })

  it('addEventToCalendar on H5 downloads the next run as .ics in Asia/Shanghai, escaped', async () => {
    expect(process.env.TARO_ENV).toBe('h5')
    const add = jest.spyOn(Taro, 'addPhoneCalendar')
    await addEventToCalendar(festival, occurrenceFor(festival, NOW), { now: NOW, url: 'https://example.org/e' })
    expect(add).not.toHaveBeenCalled()
    expect(downloads).toEqual(['meihualu-festival-2027.ics'])
    const text = await readBlob(blobs[0] as Blob)
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true)
    expect(text).toContain('DTSTART;TZID=Asia/Shanghai:20270818T090000')
    expect(text).toContain('DTEND;TZID=Asia/Shanghai:20270822T170000')
    expect(text).toContain('TZID:Asia/Shanghai')
    expect(text.replace(/\r\n /g, '')).toContain('赏鹿、品鹿宴\\,看鹿王评选\\n第二行')
  })

  it('addEventToCalendar on weapp goes to the phone calendar in seconds', async () => {
    const env = process.env.TARO_ENV
    process.env.TARO_ENV = 'weapp'
    try {
      const add = jest.spyOn(Taro, 'addPhoneCalendar').mockResolvedValue({ errMsg: 'addPhoneCalendar:ok' })
      await addEventToCalendar(festival, occurrenceFor(festival, NOW), { now: NOW })
      expect(downloads).toEqual([])
      expect((add.mock.calls[0]?.[0] as unknown as { startTime: number }).startTime).toBe(START_2027 / 1000)
    } finally {
      process.env.TARO_ENV = env
    }
  })
})

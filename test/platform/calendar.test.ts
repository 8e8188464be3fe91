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

  const WHEN = '2027年8月18日 09:00 至 8月22日 17:00'

  it('calls addPhoneCalendar with numbers of seconds', async () => {
    const add = jest.spyOn(Taro, 'addPhoneCalendar').mockResolvedValue({ errMsg: 'addPhoneCalendar:ok' })
    const ok = await addToPhoneCalendar(calendarRequest(festival, occurrenceFor(festival, NOW)), WHEN)
    expect(ok).toBe(true)
    const options = add.mock.calls[0]?.[0] as unknown as Record<string, unknown>
    expect(options.startTime).toBe(START_2027 / 1000)
    expect(options.endTime).toBe(END_2027 / 1000)
    expect(typeof options.endTime).toBe('number')
    expect(options.title).toBe('双阳梅花鹿节（示例）')
  })

  it('a refused permission is reported, not thrown, with the time to note down and 去设置', async () => {
    jest.spyOn(Taro, 'addPhoneCalendar').mockRejectedValue({ errMsg: 'addPhoneCalendar:fail auth deny' })
    const modal = jest.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: false, cancel: true, errMsg: 'ok' })
    await expect(addToPhoneCalendar(calendarRequest(festival, occurrenceFor(festival, NOW)), WHEN)).resolves.toBe(false)
    expect(modal.mock.calls[0]?.[0]).toMatchObject({ title: '日历权限被关闭', confirmText: '去设置' })
    expect(modal.mock.calls[0]?.[0]?.content).toContain('双阳梅花鹿节')
    expect(modal.mock.calls[0]?.[0]?.content).toContain(WHEN)
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

  it('when the file cannot be made, says so and gives the time to note down', async () => {
    jest.spyOn(URL, 'createObjectURL').mockImplementation(() => {
      throw new Error('blocked')
    })
    const modal = jest.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: true, cancel: false, errMsg: 'ok' })
    await addEventToCalendar(festival, occurrenceFor(festival, NOW), { now: NOW, url: 'https://example.org/e' })
    expect(downloads).toEqual([])
    expect(modal.mock.calls[0]?.[0]?.title).toBe('暂时无法生成日历文件')
    expect(modal.mock.calls[0]?.[0]?.content).toContain('“双阳梅花鹿节”的时间：\n2027年8月18日 09:00 至 8月22日 17:00')
  })

  it('addEventToCalendar on H5 downloads the next run as .ics in Asia/Shanghai, escaped', async () => {
    expect(process.env.TARO_ENV).toBe('h5')
    const add = jest.spyOn(Taro, 'addPhoneCalendar')
    await addEventToCalendar(festival, occurrenceFor(festival, NOW), { now: NOW, url: 'https://example.org/e' })
    expect(add).not.toHaveBeenCalled()
    expect(downloads).toEqual(['双阳梅花鹿节（示例）2027.ics'])
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

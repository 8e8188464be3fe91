import eventsJson from '../../src/content/events.json'
import type { DistrictEvent } from '../../src/content/schema'
import { occurrenceFor } from '../../src/domain/events'
import { buildIcs, calendarRequest, escapeIcsText, foldIcsLine, icsFileName } from '../../src/domain/ics'
import { byId } from '../../src/domain/records'

const events = eventsJson as unknown as DistrictEvent[]
const NOW = '2026-11-26T08:00:00+08:00'

function required<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('missing fixture')
  return value
}

const deer = required(byId(events, 'meihualu-festival'))
const deerRun = occurrenceFor(deer, NOW)

/** RFC 5545 §3.1 unfolding: drop every CRLF followed by one space or tab. */
const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, '')
const contentLines = (ics: string) =>
  unfold(ics)
    .split('\r\n')
    .filter((line) => line !== '')
const property = (ics: string, name: string) =>
  contentLines(ics).find((line) => line.startsWith(`${name}:`) || line.startsWith(`${name};`))
/** Inverse of TEXT escaping, to check the round trip. */
const unescapeText = (value: string) =>
  value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c))
const octets = (line: string) => Buffer.byteLength(line, 'utf8')

const tricky: DistrictEvent = {
  ...deer,
  id: 'tricky-event',
  title: 'Deer, Music; and C:\\Path',
  venue: '会场A, 东门',
  address: '双阳区; 鹿乡镇',
  summary: `第一行, 带逗号; 带分号\n第二行 \\ 反斜杠。${'梅花鹿节汇聚人气商气🦌'.repeat(12)}`,
  highlights: ['亮点一, 有逗号', '亮点二; 有分号'],
}

describe('buildIcs', () => {
  const ics = buildIcs(deer, deerRun, {
    now: NOW,
    url: 'https://example.org/packages/events/pages/detail/index?id=meihualu-festival',
  })

  it('is an RFC 5545 calendar with the required properties, in order', () => {
    const lines = contentLines(ics)
    expect(lines[0]).toBe('BEGIN:VCALENDAR')
    expect(lines[lines.length - 1]).toBe('END:VCALENDAR')
    expect(lines).toEqual(
      expect.arrayContaining([
        'VERSION:2.0',
        'PRODID:-//Zhihui Shuangyang//Events//ZH',
        'CALSCALE:GREGORIAN',
        'METHOD:PUBLISH',
        'BEGIN:VTIMEZONE',
        'TZID:Asia/Shanghai',
        'TZOFFSETFROM:+0800',
        'TZOFFSETTO:+0800',
        'END:VTIMEZONE',
        'BEGIN:VEVENT',
        'UID:meihualu-festival-20270818T090000@shuangyang',
        'DTSTAMP:20261126T000000Z',
        'DTSTART;TZID=Asia/Shanghai:20270818T090000',
        'DTEND;TZID=Asia/Shanghai:20270822T170000',
        'SUMMARY:双阳梅花鹿节',
        'LOCATION:地点以当年公布为准',
        'URL:https://example.org/packages/events/pages/detail/index?id=meihualu-festival',
        'END:VEVENT',
      ]),
    )
    expect(lines.indexOf('END:VTIMEZONE')).toBeLessThan(lines.indexOf('BEGIN:VEVENT'))
  })

  it('describes the event with its summary and highlights', () => {
    // The real festival has no highlights or price of ours; an event that has them.
    const fair: DistrictEvent = {
      ...deer,
      highlights: ['鹿产品展销', '亲子喂鹿'],
      price: '免费入场，部分体验项目另收费',
    }
    const fairIcs = buildIcs(fair, deerRun, { now: NOW, url: 'https://example.org/x' })
    const description = unescapeText(required(property(fairIcs, 'DESCRIPTION')).slice('DESCRIPTION:'.length))
    expect(description).toContain(deer.summary)
    expect(description).toContain('鹿产品展销')
    expect(description).toContain('亲子喂鹿')
    expect(description).toContain('门票：免费入场，部分体验项目另收费')
  })

  it('uses CRLF for every line break and ends with one', () => {
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true)
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
  })

  it('leaves the URL out when it is not http(s)', () => {
    const unsafe = buildIcs(deer, deerRun, { now: NOW, url: 'javascript:alert(1)' })
    expect(property(unsafe, 'URL')).toBeUndefined()
    expect(unsafe).not.toContain('javascript')
  })
})

describe('escaping and folding', () => {
  const ics = buildIcs(tricky, occurrenceFor(tricky, NOW), { now: NOW })

  it('escapes backslashes, semicolons, commas and newlines in text', () => {
    expect(escapeIcsText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf')
    expect(property(ics, 'SUMMARY')).toBe('SUMMARY:Deer\\, Music\\; and C:\\\\Path')
    expect(property(ics, 'LOCATION')).toBe('LOCATION:会场A\\, 东门（双阳区\\; 鹿乡镇）')
    const description = required(property(ics, 'DESCRIPTION'))
    expect(description).toContain('第一行\\, 带逗号\\; 带分号\\n第二行 \\\\ 反斜杠。')
    expect(description).toContain('\\n· 亮点一\\, 有逗号\\n· 亮点二\\; 有分号')
  })

  it('folds every line to at most 75 octets without splitting a character, and unfolding restores the text', () => {
    const physical = ics.split('\r\n')
    expect(physical.some((line) => line.startsWith(' '))).toBe(true)
    for (const line of physical) {
      expect(octets(line)).toBeLessThanOrEqual(75)
      // A split inside a surrogate pair would leave a lone half.
      expect(line).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/)
    }
    const description = unescapeText(required(property(ics, 'DESCRIPTION')).slice('DESCRIPTION:'.length))
    expect(description.startsWith(tricky.summary)).toBe(true)
  })

  it('counts UTF-8 octets, not characters', () => {
    // 2 ASCII + 24 three-octet characters = 74 octets; the 25th would make 77.
    const folded = foldIcsLine(`X:${'鹿'.repeat(40)}`).split('\r\n')
    expect(folded.map(octets)).toEqual([74, 1 + 16 * 3])
    expect(folded[1]?.startsWith(' ')).toBe(true)
    expect(foldIcsLine('A'.repeat(75))).toBe('A'.repeat(75))
    expect(foldIcsLine('A'.repeat(76))).toBe(`${'A'.repeat(75)}\r\n A`)
    // A four-octet emoji moves whole to the next line.
    expect(foldIcsLine(`${'A'.repeat(73)}🦌`)).toBe(`${'A'.repeat(73)}\r\n 🦌`)
  })
})

describe('icsFileName', () => {
  it('is the title people see and the occurrence year, in Chinese', () => {
    expect(icsFileName(deer, deerRun)).toBe('双阳梅花鹿节2027.ics')
    expect(icsFileName(deer)).toBe('双阳梅花鹿节2026.ics')
    const lantern = required(byId(events, 'spring-lantern-show-2027'))
    // The year is said once.
    expect(icsFileName(lantern, occurrenceFor(lantern, NOW))).toBe('2027 新春灯会（示例）.ics')
    const horses = required(byId(events, 'horse-show-week'))
    expect(icsFileName(horses, occurrenceFor(horses, NOW))).toBe('马术表演周（示例）2027.ics')
    for (const event of events)
      expect(icsFileName(event, occurrenceFor(event, NOW)).replace(/\.ics$/, '')).not.toMatch(/[a-z/\\:*?"<>|]/)
  })

  it('keeps characters no file system takes out of the name', () => {
    expect(icsFileName({ ...deer, title: '鹿节: 开幕/闭幕*?' }, deerRun)).toBe('鹿节 开幕 闭幕2027.ics')
  })
})

describe('a sample event in a calendar', () => {
  const horses = required(byId(events, 'horse-show-week'))
  const ics = buildIcs(horses, occurrenceFor(horses, NOW), { now: NOW })

  it('says 示例 in its title and description, is tentative and blocks no time', () => {
    expect(property(ics, 'SUMMARY')).toBe('SUMMARY:马术表演周（示例）')
    expect(unescapeText(property(ics, 'DESCRIPTION') ?? '')).toMatch(
      /^DESCRIPTION:这是演示用的示例活动，不是官方发布的信息，请勿按此安排行程。\n\n盛夏三天的马术表演/,
    )
    expect(property(ics, 'STATUS')).toBe('STATUS:TENTATIVE')
    expect(property(ics, 'TRANSP')).toBe('TRANSP:TRANSPARENT')
  })

  it('says 示例 on the phone calendar too', () => {
    const request = calendarRequest(horses, occurrenceFor(horses, NOW))
    expect(request.title).toBe('马术表演周（示例）')
    expect(request.description.startsWith('这是演示用的示例活动')).toBe(true)
  })

  it('a real event of one day stays confirmed and busy', () => {
    const oneDay: DistrictEvent = { ...deer, end: '2026-08-18T17:00:00+08:00' }
    const day = buildIcs(oneDay, occurrenceFor(oneDay, NOW), { now: NOW })
    expect([property(day, 'STATUS'), property(day, 'TRANSP')]).toEqual(['STATUS:CONFIRMED', 'TRANSP:OPAQUE'])
  })
})

describe('calendarRequest', () => {
  it('gives Unix seconds for wx.addPhoneCalendar', () => {
    const request = calendarRequest(deer, deerRun)
    expect(request).toEqual({
      title: '双阳梅花鹿节',
      startTime: 1818550800,
      endTime: 1818925200,
      description: expect.stringContaining(deer.summary),
      location: '地点以当年公布为准',
      allDay: false,
    })
    expect(request.description).not.toContain('\\n')
  })
})

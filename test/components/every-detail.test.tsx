import { render } from '@testing-library/react'
import type { ComponentType } from 'react'
import { embeddedPack } from '@/content/index'
import { FIELD_LABELS } from '@/content/labels'
import { DOMAINS, SOURCE_DOC, type Domain } from '@/content/schema'
import AttractionDetailPage from '@/packages/attractions/pages/detail/index'
import EventDetailPage from '@/packages/events/pages/detail/index'
import JobDetailPage from '@/packages/jobs/pages/detail/index'
import LivelihoodDetailPage from '@/packages/livelihood/pages/detail/index'
import PolicyDetailPage from '@/packages/policies/pages/detail/index'

/*
 * Every detail page of every record, as a person sees it: no schema field name (status, summary,
 * hoursNote …) and no file name in the visible text, and the demo banner exactly once.
 */

let mockId = ''
jest.mock('@/hooks/use-query-param', () => ({ useQueryParam: () => mockId }))
jest.mock('@/hooks/use-sharing', () => ({ useSharing: () => undefined }))
// The read-aloud button listens for the page hiding; the jsdom Taro has no page lifecycle.
jest.mock('@tarojs/taro', () => {
  const actual = jest.requireActual('@tarojs/taro')
  return {
    __esModule: true,
    ...actual,
    default: actual.default,
    useDidHide: () => undefined,
    useUnload: () => undefined,
  }
})

const PAGES: Record<Domain, ComponentType> = {
  livelihood: LivelihoodDetailPage,
  jobs: JobDetailPage,
  events: EventDetailPage,
  attractions: AttractionDetailPage,
  policies: PolicyDetailPage,
}

/** Every field name of every schema: `pay`, `hoursNote`, `whoQualifies` … */
const FIELD_NAMES = new Set(Object.values(FIELD_LABELS).flatMap((labels) => Object.keys(labels)))
const FILE_NAME = /[\w-]+\.(?:txt|json|tsx?|js|md|csv|docx?|pdf)\b/i

/** ASCII words in the text, with dots kept so `source.quote` or `a.json` stay one token. */
function asciiWords(text: string): string[] {
  return text.match(/[A-Za-z_][\w.]*/g) ?? []
}

beforeEach(() => {
  jest.spyOn(Date, 'now').mockImplementation(() => Date.parse('2026-11-26T10:00:00+08:00'))
  localStorage.clear()
})
afterEach(() => jest.restoreAllMocks())

it('knows the field names it looks for', () => {
  for (const name of ['status', 'summary', 'whoQualifies', 'recurrence', 'venue', 'hoursNote', 'bestSeason']) {
    expect(FIELD_NAMES.has(name)).toBe(true)
  }
  expect(asciiWords('其中 status、summary 为示例 000_820736ea15743918.txt')).toEqual([
    'status',
    'summary',
    '_820736ea15743918.txt',
  ])
  expect(FILE_NAME.test('000_820736ea15743918.txt')).toBe(true)
})

/** The beginnings of the four lines a detail page may open with, written from the spec. */
const NOTICE_FORMS = ['摘自《双阳区2022年工作总结》', '原文摘自《双阳区2022年工作总结》', '演示数据：', '演示内容：']

describe.each(DOMAINS)('every %s detail page', (domain) => {
  const records: ReadonlyArray<{ id: string }> = embeddedPack[domain]
  const Page = PAGES[domain]

  it.each(records.map((r) => r.id))(
    '%s shows no field or file name, and opens with one line saying what it is',
    (id) => {
      mockId = id
      const { container, unmount } = render(<Page />)
      const text = container.textContent ?? ''
      expect(text).not.toContain('未找到')
      expect([id, asciiWords(text).filter((w) => FIELD_NAMES.has(w.replace(/\.$/, '')))]).toEqual([id, []])
      expect([id, text.match(FILE_NAME)?.[0] ?? null, text.includes(SOURCE_DOC)]).toEqual([id, null, false])
      const banners = Array.from(container.querySelectorAll('.sy-demo-banner'), (b) => b.textContent ?? '')
      expect([id, banners.length, NOTICE_FORMS.some((f) => banners[0]?.startsWith(f))]).toEqual([id, 1, true])
      unmount()
    },
  )
})

describe('the line at the top of a detail page says what that page is', () => {
  it.each<[Domain, string, string]>([
    ['livelihood', 'school-153-relocation', '摘自《双阳区2022年工作总结》（2022年）'],
    ['events', 'meihualu-festival', '摘自《双阳区2022年工作总结》（2022年）'],
    ['attractions', 'lufeng-resort', '摘自《双阳区2022年工作总结》（2022年）；标“示例”的部分是演示数据'],
    ['policies', 'dibao', '原文摘自《双阳区2022年工作总结》（2022年）；办事指引是一般性说明，以当地当年公布为准'],
    ['policies', 'jumin-yanglao-baoxian', '演示内容：一般性办事指引，不是政策原文'],
    ['jobs', 'luxiang-deer-keeper', '演示数据：这一条是虚构的示例，不是官方发布'],
    ['events', 'horse-show-week', '演示数据：这一条是虚构的示例，不是官方发布'],
  ])('%s/%s: %s', (domain, id, notice) => {
    mockId = id
    const Page = PAGES[domain]
    const { container, unmount } = render(<Page />)
    expect(Array.from(container.querySelectorAll('.sy-demo-banner'), (b) => b.textContent)).toEqual([notice])
    unmount()
  })
})

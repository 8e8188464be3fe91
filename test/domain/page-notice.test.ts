import { SOURCE_DOC, type Source } from '@/content/schema'
import { pageNotice } from '@/domain/records'
import { sampleFieldLabels } from '@/domain/sample-fields'

// The line at the top of a demo edition's page (components/demo-banner), worded by hand from the product's rules.
describe('pageNotice', () => {
  it('says nothing in an official edition', () => {
    expect(pageNotice('official')).toBeUndefined()
    expect(pageNotice('official', { source: { kind: 'sample' }, collection: 'jobs' })).toBeUndefined()
  })

  it('names the demo data on a page of no single record', () => {
    expect(pageNotice('demo')).toBe('演示版：标“示例”的内容是演示数据，不是官方发布')
  })

  it('says a sample record is invented, a sample policy general guidance', () => {
    expect(pageNotice('demo', { source: { kind: 'sample' }, collection: 'events' })).toBe(
      '演示数据：这一条是虚构的示例，不是官方发布',
    )
    expect(pageNotice('demo', { source: { kind: 'sample' }, collection: 'policies' })).toBe(
      '演示内容：一般性办事指引，不是政策原文',
    )
  })

  it('quotes the 2022 summary for a cited record, and says which parts are samples when some are', () => {
    const cited: Source = { kind: 'cited', doc: SOURCE_DOC, quote: '原文' }
    expect(pageNotice('demo', { source: cited, collection: 'events' })).toBe('摘自《双阳区2022年工作总结》（2022年）')
    expect(pageNotice('demo', { source: { ...cited, sampleFields: [] }, collection: 'events' })).toBe(
      '摘自《双阳区2022年工作总结》（2022年）',
    )
    expect(pageNotice('demo', { source: { ...cited, sampleFields: ['start'] }, collection: 'events' })).toBe(
      '摘自《双阳区2022年工作总结》（2022年）；标“示例”的部分是演示数据',
    )
    expect(pageNotice('demo', { source: { ...cited, sampleFields: ['eligibility'] }, collection: 'policies' })).toBe(
      '原文摘自《双阳区2022年工作总结》（2022年）；办事指引是一般性说明，以当地当年公布为准',
    )
  })

  it('names a cited record’s sample fields in Chinese, once each', () => {
    const source: Source = { kind: 'cited', doc: SOURCE_DOC, quote: '原文', sampleFields: ['start', 'end', 'start'] }
    expect(sampleFieldLabels(source, 'events')).toEqual(['开始时间', '结束时间'])
  })
})

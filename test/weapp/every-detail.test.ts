import { FIELD_LABELS } from '@/content/labels'
import { SOURCE_DOC } from '@/content/schema'
import { DOMAINS, contentRecords, detailRoute } from '../support/routes'
import { openPage } from './harness'

// Every detail page of every record in the production weapp build, as a person reads it: no schema
// field name and no file name in the visible text, and the demo banner exactly once.
const FIELD_NAMES = new Set(Object.values(FIELD_LABELS).flatMap((labels) => Object.keys(labels)))
const FILE_NAME = /[\w-]+\.(?:txt|json|tsx?|js|md|csv|docx?|pdf)\b/i

describe.each(DOMAINS)('every %s detail page', (domain) => {
  test('shows no field or file name, and opens with one line saying what it is', async () => {
    const records = contentRecords(domain)
    expect(records.length).toBeGreaterThan(0)
    const found: string[] = []
    // A page module runs once per app, as in WeChat: a fresh app for every record.
    for (const { id } of records) {
      const { app, page } = await openPage(detailRoute(domain), { id })
      try {
        app.assertClean(`${domain} detail ${id}`)
        const text = page.text
        const fields = (text.match(/[A-Za-z_][\w.]*/g) ?? []).filter((w) => FIELD_NAMES.has(w.replace(/\.$/, '')))
        const file = text.match(FILE_NAME)?.[0]
        // One of the four lines a detail page opens with (written from the spec), once.
        const banners = [
          '摘自《双阳区2022年工作总结》（2022年）',
          '演示数据：这一条是虚构的示例，不是官方发布',
          '演示内容：一般性办事指引，不是政策原文',
        ].reduce((n, line) => n + text.split(line).length - 1, 0)
        if (text.includes('未找到')) found.push(`${id}: not found`)
        if (fields.length > 0) found.push(`${id}: field names ${fields.join(', ')}`)
        if (file || text.includes(SOURCE_DOC)) found.push(`${id}: file name ${file ?? SOURCE_DOC}`)
        if (banners !== 1) found.push(`${id}: page notice ${banners} times`)
      } finally {
        app.close()
      }
    }
    expect(found).toEqual([])
  }, 180_000)
})

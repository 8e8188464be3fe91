import type { Page } from 'playwright-core'
import { embeddedPack } from '@/content/index'
import { HOME_ROUTE, MINE_ROUTE, SEARCH_ROUTE, detailRoute, listRoute, withQuery } from '../support/routes'
import { expectTexts, h5Journeys, h5Url } from '../support/browser'

// 长辈版 reaches past the pages: the tab bar labels grow with it, and every detail page can be read aloud.
const { journey, session } = h5Journeys()

async function goTo(page: Page, route: string, texts: string[]): Promise<void> {
  await page.goto(h5Url(session().server.origin, route), { waitUntil: 'networkidle' })
  await page.reload({ waitUntil: 'networkidle' })
  await expectTexts(page, texts)
}

async function tabLabelSizes(page: Page): Promise<number[]> {
  return page.$$eval('.sy-tabbar-h5__label', (els) => els.map((e) => parseFloat(getComputedStyle(e).fontSize)))
}

test('the tab bar labels are 10 px normally and at least 18 px in 长辈版, on every tab page', async () => {
  await journey(HOME_ROUTE, async ({ page }) => {
    await expectTexts(page, ['长辈版', '首页', '我的'])
    const before = await tabLabelSizes(page)
    expect(before.length).toBe(3)
    for (const px of before) expect(px).toBeLessThan(18)
    await page.locator('.sy-elder__row').first().click()
    await expectTexts(page, ['已打开'])
    for (const px of await tabLabelSizes(page)) expect(px).toBeGreaterThanOrEqual(18)
    await goTo(page, MINE_ROUTE, ['我的收藏'])
    await page.locator('.sy-page--elder').first().waitFor({ timeout: 10000 })
    for (const px of await tabLabelSizes(page)) expect(px).toBeGreaterThanOrEqual(18)
  })
})

interface Box {
  top: number
  bottom: number
}

/** The tab labels' and icons' boxes, the bar's, the bottom of the page on show, and the window's height. */
function tabBarBoxes(page: Page): Promise<{ pieces: Box[]; bar: Box; pageBottom: number; viewport: number }> {
  return page.evaluate(() => {
    const box = (e: Element | null): Box => {
      const r = e?.getBoundingClientRect()
      return { top: r?.top ?? 0, bottom: r?.bottom ?? 0 }
    }
    const shown = Array.from(document.querySelectorAll<HTMLElement>('.taro_page')).find((p) => p.offsetParent !== null)
    return {
      pieces: Array.from(document.querySelectorAll('.sy-tabbar-h5__label, .sy-tabbar-h5__icon')).map(box),
      bar: box(document.querySelector('.sy-tabbar-h5')),
      pageBottom: shown ? shown.getBoundingClientRect().bottom : Number.POSITIVE_INFINITY,
      viewport: window.innerHeight,
    }
  })
}

test('长辈版: every tab label and icon is wholly inside the bar and the window, and no page hides behind the bar', async () => {
  await journey(HOME_ROUTE, async ({ page }) => {
    await expectTexts(page, ['长辈版'])
    await page.locator('.sy-elder__row').first().click()
    await expectTexts(page, ['已打开'])
    for (const [route, text] of [
      [HOME_ROUTE, '民生实事'],
      [SEARCH_ROUTE, '大家常搜'],
      [MINE_ROUTE, '我的收藏'],
    ] as const) {
      if (route !== HOME_ROUTE) await goTo(page, route, [text])
      await page.locator('.sy-page--elder').first().waitFor({ timeout: 10000 })
      const { pieces, bar, pageBottom, viewport } = await tabBarBoxes(page)
      expect(pieces.length).toBe(6)
      expect(bar.bottom).toBeLessThanOrEqual(viewport + 0.5)
      for (const b of pieces) {
        expect(b.top).toBeGreaterThanOrEqual(bar.top - 0.5)
        expect(b.bottom).toBeLessThanOrEqual(bar.bottom + 0.5)
      }
      expect(pageBottom).toBeLessThanOrEqual(bar.top + 0.5)
    }
  })
})

/** How many lines each piece of the calendar header takes: the distinct tops of its text's line boxes. */
function calendarHeaderLines(page: Page): Promise<Array<{ text: string; lines: number }>> {
  return page.evaluate(() => {
    const head = Array.from(document.querySelectorAll<HTMLElement>('.sy-cal__head')).find(
      (h) => h.offsetParent !== null,
    )
    if (!head) return []
    return Array.from(head.children).map((child) => {
      const tops: number[] = []
      const walker = document.createTreeWalker(child, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const range = document.createRange()
        range.selectNodeContents(node)
        for (const r of Array.from(range.getClientRects())) {
          if (r.width > 0 && !tops.some((t) => Math.abs(t - r.top) < 4)) tops.push(r.top)
        }
      }
      return { text: (child as HTMLElement).innerText.replace(/\s+/g, ''), lines: tops.length }
    })
  })
}

test('长辈版 on a 375 px phone: the calendar header (上个月, the month, 下个月) is one line, inside the window', async () => {
  await journey(HOME_ROUTE, async ({ page }) => {
    await expectTexts(page, ['长辈版'])
    await page.locator('.sy-elder__row').first().click()
    await expectTexts(page, ['已打开'])
    // December: the widest month title there is (2026年12月).
    await goTo(page, withQuery(listRoute('events'), { month: '2026-12' }), ['2026年12月'])
    await page.locator('.sy-page--elder').first().waitFor({ timeout: 10000 })
    expect(await calendarHeaderLines(page)).toEqual([
      { text: '‹上个月', lines: 1 },
      { text: '2026年12月', lines: 1 },
      { text: '下个月›', lines: 1 },
    ])
    const head = await page.evaluate(() => {
      const h = Array.from(document.querySelectorAll<HTMLElement>('.sy-cal__head')).find(
        (e) => e.offsetParent !== null,
      )!
      return {
        right: h.getBoundingClientRect().right,
        window: window.innerWidth,
        overflow: h.scrollWidth - h.clientWidth,
      }
    })
    expect(head.right).toBeLessThanOrEqual(head.window)
    expect(head.overflow).toBeLessThanOrEqual(0)
  })
})

const details = [
  ['livelihood', embeddedPack.livelihood[0]!.id, embeddedPack.livelihood[0]!.title],
  ['jobs', embeddedPack.jobs[0]!.id, embeddedPack.jobs[0]!.title],
  ['events', embeddedPack.events[0]!.id, embeddedPack.events[0]!.title],
  ['attractions', embeddedPack.attractions[0]!.id, embeddedPack.attractions[0]!.name],
  ['policies', embeddedPack.policies[0]!.id, embeddedPack.policies[0]!.title],
] as const

test.each(details)('the %s detail page in 长辈版 can be read aloud', async (domain, id, title) => {
  await journey(HOME_ROUTE, async ({ page }) => {
    await expectTexts(page, ['长辈版'])
    await page.locator('.sy-elder__row').first().click()
    await expectTexts(page, ['已打开'])
    await goTo(page, withQuery(detailRoute(domain), { id }), [title, '朗读全文'])
    await page.locator('.sy-page--elder').first().waitFor({ timeout: 10000 })
    const button = page.locator('.sy-read-aloud .sy-action').first()
    const box = await button.boundingBox()
    expect(box?.height ?? 0).toBeGreaterThanOrEqual(60)
  })
})

// Every event has a schedule whose times are long unbroken lines (12月20日—2月28日 周五、周六 18:00–21:00): in 长辈版
// on a 375 px phone a row's time wraps inside the page instead of pushing it sideways.
test('长辈版 on a 375 px phone: no event’s detail page is wider than the window', async () => {
  await journey(HOME_ROUTE, async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 812 })
    await expectTexts(page, ['长辈版'])
    await page.locator('.sy-elder__row').first().click()
    await expectTexts(page, ['已打开'])
    const wide: string[] = []
    for (const event of embeddedPack.events) {
      await page.goto(h5Url(session().server.origin, withQuery(detailRoute('events'), { id: event.id })), {
        waitUntil: 'networkidle',
      })
      await expectTexts(page, ['朗读全文'])
      await page.locator('.sy-page--elder').first().waitFor({ timeout: 10000 })
      // The page scrolls inside Taro's page container, so look at what sticks out: the widest box on show.
      const width = await page.evaluate(() => {
        let right = 0
        for (const el of Array.from(document.querySelectorAll<HTMLElement>('.sy-page--elder *')))
          if (el.offsetParent !== null) right = Math.max(right, el.getBoundingClientRect().right)
        return Math.round(right - window.innerWidth)
      })
      if (width > 0) wide.push(`${event.title}: ${width} px too wide`)
    }
    expect(wide).toEqual([])
  })
})

test('长辈版 on a 375 px phone: the switch’s hint breaks only after a 、 (never 高 / 对比)', async () => {
  await journey(HOME_ROUTE, async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 812 })
    await expectTexts(page, ['长辈版'])
    await page.locator('.sy-elder__row').first().click()
    await expectTexts(page, ['已打开'])
    await page.locator('.sy-page--elder').first().waitFor({ timeout: 10000 })
    // Each phrase's characters, by the line they are drawn on.
    const lines = await page.evaluate(() => {
      const hint = Array.from(document.querySelectorAll<HTMLElement>('.sy-elder__hint')).find(
        (e) => e.offsetParent !== null,
      )!
      const walker = document.createTreeWalker(hint, NodeFilter.SHOW_TEXT)
      const tops: Array<[string, number]> = []
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        for (let i = 0; i < (n.textContent ?? '').length; i += 1) {
          const range = document.createRange()
          range.setStart(n, i)
          range.setEnd(n, i + 1)
          tops.push([n.textContent!.charAt(i), Math.round(range.getBoundingClientRect().top)])
        }
      }
      return tops
    })
    const text = lines.map(([c]) => c).join('')
    expect(text).toBe('大字体、大按钮、高对比')
    for (const phrase of ['大字体', '大按钮', '高对比']) {
      const at = text.indexOf(phrase)
      const tops = new Set(lines.slice(at, at + phrase.length).map(([, top]) => top))
      expect([phrase, tops.size]).toEqual([phrase, 1])
    }
  })
})

// 长辈版 must reach NutUI's widgets: the Tag's text size comes from the ConfigProvider theme, the Button's from our tokens.
test('NutUI tags (their size from the theme) and NutUI buttons grow with 长辈版, and are smaller without it', async () => {
  const festival = embeddedPack.events.find((e) => e.id === 'meihualu-festival')!
  await journey(withQuery(detailRoute('events'), { id: festival.id }), async ({ page }) => {
    await expectTexts(page, [festival.title, '朗读全文'])
    const sizes = () =>
      page.evaluate(() => {
        const px = (sel: string) => {
          const el = document.querySelector(sel)
          return el ? parseFloat(getComputedStyle(el).fontSize) : 0
        }
        const button = document.querySelector('.sy-read-aloud .nut-button')
        return {
          tag: px('.sy-status .nut-tag-text'),
          buttonText: px('.sy-read-aloud .nut-button .sy-action__label'),
          buttonHeight: button ? button.getBoundingClientRect().height : 0,
        }
      })
    const before = await sizes()
    expect(before.tag).toBeGreaterThan(0)
    expect(before.tag).toBeLessThan(18)
    expect(before.buttonText).toBeLessThan(20)
    expect(before.buttonHeight).toBeGreaterThanOrEqual(44)
    expect(before.buttonHeight).toBeLessThan(60)
    await goTo(page, MINE_ROUTE, ['长辈版'])
    await page.locator('.sy-elder__row').first().click()
    await expectTexts(page, ['已打开'])
    await goTo(page, withQuery(detailRoute('events'), { id: festival.id }), [festival.title])
    await page.locator('.sy-page--elder').first().waitFor({ timeout: 10000 })
    const after = await sizes()
    expect(after.tag).toBeGreaterThanOrEqual(18)
    expect(after.buttonText).toBeGreaterThanOrEqual(20)
    expect(after.buttonHeight).toBeGreaterThanOrEqual(60)
  })
})

/** Lines a text element takes: its height over its line height. */
function linesOf(page: Page, selector: string): Promise<number[]> {
  return page.$$eval(selector, (els) =>
    els.map((e) => {
      const style = getComputedStyle(e)
      const line = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.2
      return Math.round(e.getBoundingClientRect().height / line)
    }),
  )
}

test('长辈版 我的: every hotline name stays on one line at 375 px (no character left alone on the next)', async () => {
  await journey(HOME_ROUTE, async ({ page }) => {
    await expectTexts(page, ['长辈版'])
    await page.locator('.sy-elder__row').first().click()
    await expectTexts(page, ['已打开'])
    await goTo(page, MINE_ROUTE, ['便民热线'])
    await page.locator('.sy-page--elder .sy-hotline__name').first().waitFor({ timeout: 10000 })
    const lines = await linesOf(page, '.sy-page--elder .sy-hotline__name')
    // src/components/hotline-list/hotlines.ts: seven public lines, 政务服务便民热线 the longest name.
    expect(lines.length).toBe(7)
    expect(lines).toEqual(lines.map(() => 1))
  })
})

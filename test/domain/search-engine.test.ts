import { embeddedPack } from '@/content/index'
import { warmUpSteps } from '@/domain/search/engine'
import { shownOrder, type JudgedQuery } from '@/domain/search/judge'
import { search } from '@/domain/search/search'
import { searchDocs } from '@/domain/search/search-index'
import judged from '../fixtures/search-judged.json'
import questions from '../fixtures/search-questions.json'

// The search page's first search runs on a bare index (no character filter, no pinyin of titles yet); what speeds
// up later searches is made in idle moments after it (warmUpSteps). Neither may change what a search finds.
const NOW = '2026-11-26T10:00:00+08:00'
const queries = [...(judged.queries as JudgedQuery[]), ...(questions.questions as JudgedQuery[])]
// Pinyin, homophones, several words, full-width letters, nothing: hand-picked to reach every path of a search.
const more = ['mhlj', 'meihualu', 'dibao', '梅花路节', '双阳 公园', '大字', '火星基地', 'ＭＨＬＪ', 'lu']

describe('a search finds the same before and after the warm-up', () => {
  const cold = searchDocs(embeddedPack)
  const warm = searchDocs(embeddedPack)
  const steps = warmUpSteps(warm)
  for (const step of steps) step()

  test('the warm-up comes in several small steps', () => {
    // 50 records a step: today's content has more than 150 records.
    expect(steps.length).toBeGreaterThan(3)
  })

  test.each([...queries.map((q) => q.query), ...more])('%s', (query) => {
    expect(search(warm, query, NOW)).toEqual(search(cold, query, NOW))
  })

  test('the judged queries and questions rank as judged after it', () => {
    const top = queries.filter((q) => shownOrder(search(warm, q.query, NOW))[0] === q.want)
    expect(top.length / queries.length).toBeGreaterThanOrEqual(0.9)
    expect(shownOrder(search(warm, '梅花路节', NOW))[0]).toBe('events/meihualu-festival')
    expect(shownOrder(search(warm, 'mhlj', NOW))[0]).toBe('events/meihualu-festival')
  })
})

import { hitFacts } from './facts'
import { prepareQuestions } from './question'
import { search } from './search'
import { charsOf, filterRows, pinyinOf, searchDocs, searchIndex, type SearchSource } from './search-index'

/*
 * Search's code as the search page loads it: not with the page, but when the person first searches (a chunk of
 * its own, on weapp a subpackage: platform/search-kit.ts), together with the documents it reads.
 */

export { hitFacts, search, searchDocs }

/** Entries readied per idle moment: a few milliseconds on a slow phone. */
const SLICE = 100

/**
 * What makes the searches after the first quicker, in pieces small enough for idle moments: each record's
 * character filter and the pinyin of its title and names, the filter's rows, and what reading a question needs.
 * A search finds the same records before, between and after them.
 */
export function warmUpSteps(source: SearchSource): Array<() => void> {
  const index = searchIndex(source)
  const steps: Array<() => void> = []
  for (let from = 0; from < index.entries.length; from += SLICE) {
    const slice = index.entries.slice(from, from + SLICE)
    steps.push(() => {
      for (const entry of slice) {
        charsOf(entry)
        pinyinOf(entry)
      }
    })
  }
  steps.push(() => filterRows(index))
  steps.push(() => prepareQuestions(index))
  return steps
}

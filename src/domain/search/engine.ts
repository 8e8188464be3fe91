import { hitFacts } from './facts'
import { prepareQuestions } from './question'
import { search } from './search'
import type { SearchDoc } from './document'
import { charsOf, filterRows, pinyinOf, searchDocs, searchIndex, type SearchSource } from './search-index'

/*
 * Search's code as the search page loads it: not with the page, but when the person first searches (a chunk of
 * its own, on weapp a subpackage: platform/search-kit.ts), together with the documents it reads.
 */

export { hitFacts, search, searchDocs }

/** Entries readied per idle moment: a few milliseconds on a slow phone. */
const SLICE = 50

/**
 * What makes the searches after the first quicker, in pieces small enough for idle moments: each record's
 * character filter and the pinyin of its title and names, the filter's rows, and what reading a question needs.
 * A search finds the same records before, between and after them.
 */
export function warmUpSteps(source: SearchSource): Array<() => void> {
  // The index itself is made by the first search (or the first step), not when the steps are asked for.
  const index = () => searchIndex(source)
  const count = isDocs(source) ? source.length : undefined
  const steps: Array<() => void> = []
  const slices = Math.ceil((count ?? index().entries.length) / SLICE)
  for (let k = 0; k < slices; k += 1) {
    steps.push(() => {
      for (const entry of index().entries.slice(k * SLICE, (k + 1) * SLICE)) {
        charsOf(entry)
        pinyinOf(entry)
      }
      prepareQuestions(index(), (k + 1) * SLICE)
    })
  }
  steps.push(() => filterRows(index()))
  return steps
}

const isDocs = (source: SearchSource): source is readonly SearchDoc[] => Array.isArray(source)

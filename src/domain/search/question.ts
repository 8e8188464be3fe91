import type { Domain } from '@/content/schema'
import { normalizeText, SEPARATORS } from './query'
import type { SearchIndex } from './search-index'
import { DISTRICT_WORDS, INTENT_WORDS, QUESTION_WORDS, RELATED_WORDS, SYNONYM_GROUPS } from './words'

/**
 * A query read as a person means it (低保怎么申请, 哪里可以滑雪, 丢了工作怎么办): the words it is about,
 * found in what the records are called, and the kinds of record it asks for.
 */
export interface Question {
  words: string[]
  domains: Domain[]
}

const LONGEST_WORD = 8
/** Characters that join words in a sentence (有, 的, 吗 …): a word of the question neither starts nor ends with one. */
const JOINERS = new Set('有是在的了吗呢吧啊呀和跟去要能想我你还都就很太给把被让对上')
const INTENTS = Object.entries(INTENT_WORDS) as Array<[Domain, readonly string[]]>
const INTENT_SET = new Set(INTENTS.flatMap(([, words]) => words))
/** The words search itself knows (synonyms, everyday words): words whole, even one that starts with a joiner (上学). */
const KNOWN_WORDS = new Set([...SYNONYM_GROUPS, ...RELATED_WORDS].flat().filter((w) => !INTENT_SET.has(w)))

/** The words search itself knows, as a question's pieces are compared (normalised). */
const SEARCH_WORDS = new Set([...SYNONYM_GROUPS, ...RELATED_WORDS].flat().map(normalizeText))

/**
 * Everything records are called (titles, a policy's other names, tags) as pieces of two to eight characters, put
 * in a set a few records at a time in idle moments (prepareQuestions). Until every record's are in, a piece is
 * looked for in all of it written out one per line: a piece holds no separator, so where it occurs it lies within
 * one title, name or tag. The same answer either way; the set is quicker.
 */
export interface Vocabulary {
  pieces: Set<string>
  /** Records whose pieces are in `pieces`: the first `through` of the index. */
  through: number
  lines?: string
}

function vocabularyOf(index: SearchIndex): Vocabulary {
  index.vocabulary ??= { pieces: new Set(), through: 0 }
  return index.vocabulary
}

/** Puts the pieces of the index's records up to `to` in its vocabulary's set (all of them by default). */
export function prepareQuestions(index: SearchIndex, to = index.entries.length): void {
  const v = vocabularyOf(index)
  const add = (text: string) => {
    for (const part of text.split(SEPARATORS)) {
      for (let i = 0; i < part.length - 1; i += 1) {
        for (let n = 2; n <= LONGEST_WORD && i + n <= part.length; n += 1) v.pieces.add(part.slice(i, i + n))
      }
    }
  }
  for (const end = Math.min(to, index.entries.length); v.through < end; v.through += 1) {
    const entry = index.entries[v.through]!
    add(entry.titleNorm)
    entry.namesNorm.forEach(add)
    entry.tagsNorm.forEach(add)
  }
}

/** Whether records are called by a piece of a question, or search knows it; never a word that only says a kind. */
function isCalled(piece: string, index: SearchIndex): boolean {
  if (INTENT_SET.has(piece)) return false
  if (SEARCH_WORDS.has(piece)) return true
  const v = vocabularyOf(index)
  if (v.through === index.entries.length) return v.pieces.has(piece)
  v.lines ??= index.entries.map((e) => [e.titleNorm, ...e.namesNorm, ...e.tagsNorm].join('\n')).join('\n')
  return v.lines.includes(piece)
}

/**
 * Reads a question: question words (怎么, 哪里, 吗 …) are dropped, then, from left to right, the longest piece
 * that some record is called by is a word of the question; what is left says which kind of record is wanted.
 * Returns undefined when it finds neither words nor a kind.
 */
export function readQuestion(query: string, index: SearchIndex): Question | undefined {
  const words: string[] = []
  let rest = ''
  let text = normalizeText(query)
  for (const word of QUESTION_WORDS) text = text.split(word).join(' ')
  for (const chunk of text.split(SEPARATORS)) {
    let i = 0
    while (i < chunk.length) {
      let taken = 0
      for (let n = Math.min(LONGEST_WORD, chunk.length - i); n >= 2; n -= 1) {
        const piece = chunk.slice(i, i + n)
        const glued = JOINERS.has(chunk.charAt(i)) || JOINERS.has(chunk.charAt(i + n - 1))
        if ((!glued && isCalled(piece, index)) || KNOWN_WORDS.has(piece)) {
          taken = n
          break
        }
      }
      if (taken === 0) {
        rest += chunk.charAt(i)
        i += 1
        continue
      }
      const word = chunk.slice(i, i + taken)
      if (!(DISTRICT_WORDS as readonly string[]).includes(word) && !words.includes(word)) words.push(word)
      rest += ' '
      i += taken
    }
    rest += ' '
  }
  // Kinds come from the whole question where a question word says it (几号), else from what no word took.
  const raw = normalizeText(query)
  const domains = INTENTS.filter(([, intents]) =>
    intents.some((w) => rest.includes(w) || ((QUESTION_WORDS as readonly string[]).includes(w) && raw.includes(w))),
  ).map(([domain]) => domain)
  if (words.length === 0 && domains.length === 0) return undefined
  return { words, domains }
}

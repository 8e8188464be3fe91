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

/**
 * Everything records are called, as pieces of two to eight characters: titles, a policy's other names, tags,
 * and the synonyms search knows. Built once per index, on the first question.
 */
function vocabulary(index: SearchIndex): Set<string> {
  if (index.vocabulary) return index.vocabulary
  const words = new Set<string>()
  const add = (text: string) => {
    for (const part of text.split(SEPARATORS)) {
      for (let i = 0; i < part.length - 1; i += 1) {
        for (let n = 2; n <= LONGEST_WORD && i + n <= part.length; n += 1) words.add(part.slice(i, i + n))
      }
    }
  }
  for (const entry of index.entries) {
    add(entry.titleNorm)
    entry.namesNorm.forEach(add)
    entry.tagsNorm.forEach(add)
  }
  for (const group of [...SYNONYM_GROUPS, ...RELATED_WORDS]) for (const word of group) words.add(normalizeText(word))
  // A word that only says what kind of record is wanted is not what the question is about.
  for (const word of INTENT_SET) words.delete(word)
  index.vocabulary = words
  return words
}

/** Builds what reading a question needs ahead of time (in idle time), so the first question waits for nothing. */
export function prepareQuestions(index: SearchIndex): void {
  vocabulary(index)
}

/**
 * Reads a question: question words (怎么, 哪里, 吗 …) are dropped, then, from left to right, the longest piece
 * that some record is called by is a word of the question; what is left says which kind of record is wanted.
 * Returns undefined when it finds neither words nor a kind.
 */
export function readQuestion(query: string, index: SearchIndex): Question | undefined {
  const vocab = vocabulary(index)
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
        if ((!glued && vocab.has(piece)) || KNOWN_WORDS.has(piece)) {
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

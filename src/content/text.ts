import { FICTIONAL_PHONE_PATTERN } from './vocabulary'

/*
 * What a character of free text may be, and what a phone number looks like however it is spelled. Plain
 * predicates over code points (no valibot, no lookbehind, no \p{…}: old WebViews run them too); fields.ts turns
 * them into the schema's checks, so the checker, the studio and the app's pack decision judge text alike.
 */

/** Length as people count it: code points, so 𠀀 or 😀 is one character, not two UTF-16 units. */
export function codePointLength(text: string): number {
  let n = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1)
      if (d >= 0xdc00 && d <= 0xdfff) i++
    }
    n++
  }
  return n
}

/** The code points of a text; a lone surrogate comes through as itself. */
function codePoints(text: string): number[] {
  const out: number[] = []
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1)
      if (d >= 0xdc00 && d <= 0xdfff) {
        out.push(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000)
        i++
        continue
      }
    }
    out.push(c)
  }
  return out
}

const ZWJ = 0x200d
const VS16 = 0xfe0f

/** Emoji a ZWJ sequence joins (👨‍👩‍👧, 🧑‍💻, ❤️‍🔥): pictographs and their skin tones. */
function isEmoji(cp: number): boolean {
  return (cp >= 0x1f000 && cp <= 0x1faff) || (cp >= 0x2300 && cp <= 0x23ff) || (cp >= 0x2600 && cp <= 0x27bf)
}

/** Characters that show nothing where they stand: zero-width, bidi controls, fillers that render blank. */
function isInvisible(cp: number): boolean {
  return (
    cp === 0x00ad ||
    cp === 0x034f ||
    cp === 0x061c ||
    cp === 0x115f ||
    cp === 0x1160 ||
    cp === 0x17b4 ||
    cp === 0x17b5 ||
    (cp >= 0x180b && cp <= 0x180f) ||
    (cp >= 0x200b && cp <= 0x200f) ||
    (cp >= 0x202a && cp <= 0x202e) ||
    (cp >= 0x2060 && cp <= 0x2064) ||
    (cp >= 0x2066 && cp <= 0x2069) ||
    cp === 0x2800 ||
    cp === 0x3164 ||
    cp === 0xfeff ||
    cp === 0xffa0
  )
}

/**
 * Why a text cannot be shown as it is, or undefined. Control characters (line breaks, NUL, BEL: a text is one
 * line; paragraphs are list entries), lone surrogates, tag characters, private-use and noncharacters, U+FFFD
 * (what a broken UTF-8 byte became), and invisible characters; a ZWJ between two emoji is part of the emoji.
 */
export function unshowableCharacter(text: string): string | undefined {
  const cps = codePoints(text)
  for (let i = 0; i < cps.length; i++) {
    const cp = cps[i] as number
    if (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f)) return '不能含有控制字符（换行、制表符、NUL 等）：一段文字写成一行'
    if (cp >= 0xd800 && cp <= 0xdfff) return '不能含有残缺的字符（单独的代理项）'
    if (cp >= 0xe0000 && cp <= 0xe007f) return '不能含有看不见的标签字符'
    if (cp === 0xfffd) return '不能含有乱码（�）：文件可能不是 UTF-8 编码'
    if ((cp >= 0xe000 && cp <= 0xf8ff) || cp >= 0xf0000 || (cp >= 0xfdd0 && cp <= 0xfdef) || (cp & 0xfffe) === 0xfffe)
      return '不能含有私用区字符或非字符：手机上显示不出来'
    if (cp === ZWJ) {
      const before = cps[i - 1] === VS16 ? cps[i - 2] : cps[i - 1]
      const after = cps[i + 1]
      if (before !== undefined && after !== undefined && isEmoji(before) && isEmoji(after)) continue
    }
    if (isInvisible(cp)) return '不能含有看不见的字符（零宽字符、双向控制符、填充符等）'
  }
  return undefined
}

/** Every invisible character (all in the BMP) and whitespace: removed before markup is judged. */
const INVISIBLE_OR_SPACE =
  /[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\u2800\u3164\ufeff\uffa0\s]/g

/** The text with invisible characters and spaces removed: how markup is judged (java\u200bscript: is a script URL). */
export function withoutInvisible(text: string): string {
  return text.replace(INVISIBLE_OR_SPACE, '')
}

const FULL_WIDTH_DIGIT = /[\uff10-\uff19]/g
/** Dashes, dots and spaces people put inside a number; brackets around an area code. */
const NUMBER_PUNCTUATION: Record<string, string> = {
  '\uff0b': '+',
  '\uff0d': '-',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
  '\u2212': '-',
  '\uff0e': '.',
  '\u00b7': '.',
  '\u30fb': '.',
  '\u00a0': ' ',
  '\u3000': ' ',
  '(': '',
  '\uff08': '',
  ')': '-',
  '\uff09': '-',
}

/** A number written in a text, as digits: one separator at most between digits, an optional + in front. */
const NUMBER_RUN = /\+?\d(?:[ .-]?\d)*/g

/**
 * A real-looking phone number written in a text, however it is spelled: full-width digits, +86 / 0086, dots,
 * spaces or dashes, brackets round the area code. Mobiles, landlines with an area code (other than the
 * fictional 0431-0000xxxx) and 400 / 800 numbers count; public hotlines (12345 …) are too short to.
 */
export function realPhoneIn(text: string): string | undefined {
  const plain = text
    .replace(FULL_WIDTH_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 0x30))
    .replace(
      /[\uff0b\uff0d\u2010-\u2015\u2212\uff0e\u00b7\u30fb\u00a0\u3000()\uff08\uff09]/g,
      (c) => NUMBER_PUNCTUATION[c] ?? c,
    )
  for (const run of plain.match(NUMBER_RUN) ?? []) {
    let digits = run.replace(/\D/g, '')
    const international = run.startsWith('+86') || digits.startsWith('0086')
    if (international) {
      digits = digits.replace(/^(00)?86/, '')
      if (!digits.startsWith('1') && !digits.startsWith('0')) digits = `0${digits}`
    }
    if (/^1[3-9]\d{9}$/.test(digits)) return run
    if (/^[48]00\d{7}$/.test(digits)) return run
    if (/^0[1-9]\d{8,10}$/.test(digits)) {
      const fictional = FICTIONAL_PHONE_PATTERN.test(`${digits.slice(0, 4)}-${digits.slice(4)}`)
      if (!fictional) return run
    }
  }
  return undefined
}

/** A quote as the citation check compares it: without whitespace (the document breaks lines mid-sentence). */
export function quoteText(quote: string): string {
  return quote.replace(/\s+/g, '')
}

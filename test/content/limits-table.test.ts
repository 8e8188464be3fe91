import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { embeddedPack } from '@/content/index'
import { formatProblem } from '@/content/problem'
import { acceptPackText } from '@/content/validate'
import { decidePack } from '@/domain/content-update'

/*
 * One table of hostile and borderline packs, each run through the checker (acceptPackText: what content:check and
 * the studio decide) and the app's decision on a pack from the content URL (decidePack). What one refuses the other
 * refuses; what one accepts the other accepts. Expected lines are written by hand from src/content/limits.ts.
 */

type Pack = Record<string, unknown>
type Edit = (pack: Pack) => void

const OFFICIAL_FIXTURE = path.join(__dirname, '../fixtures/content/official-test-pack.json')

function embedded(): Pack {
  return structuredClone(embeddedPack) as unknown as Pack
}

function set(at: string, value: unknown): Edit {
  return (pack) => {
    const keys = at.split('.')
    let node = pack as Record<string, unknown>
    for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>
    node[keys[keys.length - 1]!] = value
  }
}

const JOB = 'jobs/luxiang-deer-keeper'
// A sample event: a cited festival may carry no highlights of ours at all (honesty.ts).
const EVENT = 'events/ice-snow-season'
const CONTROL = '不能含有控制字符（换行、制表符、NUL 等）：一段文字写成一行'
const INVISIBLE = '不能含有看不见的字符（零宽字符、双向控制符、填充符等）'
const PHONE =
  '不能写真实格式的电话号码（手机、座机、400 号码，全角数字、+86、加点或空格的写法也算）：示例号码用 0431-0000xxxx，或写公共热线 12345'
const YEARS = '年份应在 2000 到 2099 之间'

function nested(depth: number): unknown {
  let node: unknown = '做事'
  for (let i = 0; i < depth; i++) node = [node]
  return node
}

const refused: Array<[string, Edit, string[]]> = [
  [
    '10,000 highlights',
    set(
      'events.2.highlights',
      Array.from({ length: 10_000 }, () => '看梅花鹿'),
    ),
    [`${EVENT}: highlights: 最多 20 项，实际有 10000 项`],
  ],
  [
    '10,000 duties',
    set(
      'jobs.0.duties',
      Array.from({ length: 10_000 }, () => '喂鹿'),
    ),
    [`${JOB}: duties: 最多 20 项，实际有 10000 项`],
  ],
  [
    '21 steps to apply',
    set('jobs.0.apply', { steps: Array.from({ length: 21 }, (_, i) => `第${i + 1}步`) }),
    [`${JOB}: apply.steps: 最多 20 项，实际有 21 项`],
  ],
  [
    'version 9007199254740991',
    set('version', 9007199254740991),
    ['pack: version: version 应为 1 到 1000000000 之间的整数'],
  ],
  ['version 1000000001', set('version', 1_000_000_001), ['pack: version: version 应为 1 到 1000000000 之间的整数']],
  ['headcount 1e308', set('jobs.0.headcount', 1e308), [`${JOB}: headcount: 招聘人数最多 9999 人`]],
  [
    'pay 1e20',
    set('jobs.0.pay', { min: 3500, max: 1e20, unit: 'month' }),
    [`${JOB}: pay.max: 薪资不能超过 1000000 元`],
  ],
  [
    'a deadline in 9999',
    set('jobs.0.deadline', '9999-12-31'),
    [`${JOB}: deadline: ${YEARS}`, `${JOB}: deadline: 截止日期最晚在发布后 366 天`],
  ],
  [
    'posted in 9999',
    (p) => {
      set('jobs.0.postedAt', '9999-01-01')(p)
      set('jobs.0.deadline', '9999-01-02')(p)
    },
    [`${JOB}: postedAt: ${YEARS}`, `${JOB}: deadline: ${YEARS}`],
  ],
  [
    'a post open for two years',
    set('jobs.0.deadline', '2028-11-26'),
    [`${JOB}: deadline: 截止日期最晚在发布后 366 天`],
  ],
  ['NUL in a title', set('jobs.0.title', '梅花鹿\u0000饲养员'), [`${JOB}: title: ${CONTROL}`]],
  ['BEL in a title', set('jobs.0.title', '梅花鹿饲养员\u0007'), [`${JOB}: title: ${CONTROL}`]],
  ['a newline in a title', set('jobs.0.title', '梅花鹿\n饲养员'), [`${JOB}: title: ${CONTROL}`]],
  [
    'a lone surrogate',
    set('jobs.0.title', '梅花鹿\ud800饲养员'),
    [`${JOB}: title: 不能含有残缺的字符（单独的代理项）`],
  ],
  [
    'Unicode tag characters',
    set('jobs.0.title', '梅花鹿饲养员\u{e0041}\u{e0042}'),
    [`${JOB}: title: 不能含有看不见的标签字符`],
  ],
  ['a title of Hangul fillers only', set('jobs.0.title', '\u3164\u3164\u3164'), [`${JOB}: title: ${INVISIBLE}`]],
  ['a halfwidth Hangul filler', set('jobs.0.address', '鹿乡镇某村\uffa0'), [`${JOB}: address: ${INVISIBLE}`]],
  [
    'U+FFFD (a broken byte)',
    set('jobs.0.title', '梅花鹿\ufffd饲养员'),
    [`${JOB}: title: 不能含有乱码（�）：文件可能不是 UTF-8 编码`],
  ],
  ['a ZWJ not between emoji', set('jobs.0.title', '梅花\u200d鹿饲养员'), [`${JOB}: title: ${INVISIBLE}`]],
  ['61 characters outside the BMP', set('jobs.0.title', '𠀀'.repeat(61)), [`${JOB}: title: 不能超过 60 字`]],
  ['a full-width mobile', set('jobs.0.hours', '电话１３８００１３８０００'), [`${JOB}: hours: ${PHONE}`]],
  ['+8613800138000', set('jobs.0.hours', '咨询+8613800138000'), [`${JOB}: hours: ${PHONE}`]],
  ['138.0013.8000', set('jobs.0.hours', '咨询138.0013.8000'), [`${JOB}: hours: ${PHONE}`]],
  ['138 001 38000', set('jobs.0.hours', '咨询 138 001 38000'), [`${JOB}: hours: ${PHONE}`]],
  ['a real-looking landline', set('jobs.0.hours', '咨询0431-84221234'), [`${JOB}: hours: ${PHONE}`]],
  ['a landline in brackets', set('jobs.0.hours', '咨询（0431）84221234'), [`${JOB}: hours: ${PHONE}`]],
  ['a landline after +86', set('jobs.0.hours', '咨询 +86 431 8422 1234'), [`${JOB}: hours: ${PHONE}`]],
  ['a 400 number', set('jobs.0.hours', '咨询 400-810-1234'), [`${JOB}: hours: ${PHONE}`]],
  [
    'an id of 65 characters',
    set('jobs.0.id', `job-${'a'.repeat(61)}`),
    [`jobs/job-${'a'.repeat(61)}: id: 不能超过 64 个字符`],
  ],
  [
    'nesting 40 deep inside a record',
    set('jobs.0.duties', [nested(40)]),
    [`${JOB}: (整体): 嵌套超过 32 层，不是内容包的结构`],
  ],
]

const accepted: Array<[string, Edit]> = [
  [
    '20 highlights of 200 characters',
    set(
      'events.2.highlights',
      Array.from({ length: 20 }, () => '鹿'.repeat(200)),
    ),
  ],
  ['version 1000000000', set('version', 1_000_000_000)],
  [
    'headcount 9999 and pay 1000000',
    (p) => {
      set('jobs.0.headcount', 9999)(p)
      set('jobs.0.pay', { min: 1_000_000, max: 1_000_000, unit: 'month' })(p)
    },
  ],
  ['a post open for 366 days', set('jobs.0.deadline', '2027-11-27')],
  ['60 characters outside the BMP', set('jobs.0.title', '𠀀'.repeat(60))],
  ['an emoji ZWJ sequence', set('jobs.0.title', '梅花鹿饲养员👨‍🌾')],
  ['an emoji ZWJ sequence with VS16', set('jobs.0.title', '梅花鹿饲养员❤️‍🔥')],
  [
    'a hotline, the fictional number, dates and amounts in text',
    set('jobs.0.hours', '2026-12-07 起，月薪3000-5000元，咨询 12345 或 0431-00001234'),
  ],
  ['an id of 64 characters', set('jobs.0.id', `job-${'a'.repeat(60)}`)],
  [
    'a town called constructor (a name Object.prototype has)',
    (p) => Object.assign(p, JSON.parse(JSON.stringify(p).split('"yunshan"').join('"constructor"'))),
  ],
]

describe('the checker and the app decide alike on every case', () => {
  test.each(refused)('%s: refused by both, with a line naming it', (_name, edit, lines) => {
    const pack = embedded()
    edit(pack)
    const text = JSON.stringify(pack)
    const checked = acceptPackText(text)
    expect(checked.ok ? [] : checked.problems.map(formatProblem)).toEqual(lines)
    expect(decidePack(text, 0)).toMatchObject({ accept: false })
  })

  test.each(accepted)('%s: accepted by both', (_name, edit) => {
    const pack = embedded()
    edit(pack)
    const text = JSON.stringify(pack)
    const checked = acceptPackText(text)
    expect(checked.ok ? [] : checked.problems.map(formatProblem)).toEqual([])
    expect(decidePack(text, 0)).toMatchObject({ accept: true })
  })

  test('a byte-order mark in front: accepted by both (browsers drop it before the app sees the text)', () => {
    const text = `\ufeff${JSON.stringify(embeddedPack)}`
    expect(acceptPackText(text)).toMatchObject({ ok: true })
    expect(decidePack(text, 0)).toMatchObject({ accept: true })
  })
})

describe('an official pack cites only what this release cites', () => {
  const official = (): Pack => JSON.parse(readFileSync(OFFICIAL_FIXTURE, 'utf8')) as Pack

  test('a record relabelled cited with an invented quote: refused by both', () => {
    const pack = official()
    set('jobs.0.source', {
      kind: 'cited',
      doc: '000_820736ea15743918.txt',
      quote: '区人社局全年招聘临时工作人员二百名',
    })(pack)
    const text = JSON.stringify(pack)
    const checked = acceptPackText(text)
    expect(checked.ok ? [] : checked.problems.map(formatProblem)).toEqual([
      'jobs/test-clerk: source.quote: 正式版内容包只能引用本版本已核对过的原文（新引文随版本发布，用 content:check --sources 核对）；发布单位自己的说法请写成 official 来源',
    ])
    expect(decidePack(text, 0)).toMatchObject({ accept: false })
  })

  test('with the release’s own key figures (their quotes are the release’s too): accepted by both', () => {
    const pack = official()
    pack.figures = structuredClone(embeddedPack.figures)
    const text = JSON.stringify(pack)
    const checked = acceptPackText(text)
    expect(checked.ok ? [] : checked.problems.map(formatProblem)).toEqual([])
    expect(decidePack(text, 0)).toMatchObject({ accept: true })
  })

  test('a quote the release cites (153中学, spaced differently): accepted by both', () => {
    const pack = official()
    const item = (pack.livelihood as Array<{ source: { quote: string } }>)[0]!
    item.source.quote = item.source.quote.replace('、', '、 ')
    const text = JSON.stringify(pack)
    expect(acceptPackText(text)).toMatchObject({ ok: true })
    expect(decidePack(text, 0)).toMatchObject({ accept: true })
  })
})

describe('content:check reads a file as the app would get it', () => {
  const root = path.resolve(__dirname, '../..')
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sy-limits-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  function check(file: string) {
    const result = spawnSync(process.execPath, ['scripts/run-ts.mjs', 'scripts/content-check.ts', file], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, INIT_CWD: root },
      timeout: 60_000,
    })
    return { status: result.status, out: `${result.stdout}${result.stderr}` }
  }

  test('invalid UTF-8: exit 2 and the byte it stops at, never U+FFFD in a record', () => {
    const good = Buffer.from(JSON.stringify(embeddedPack))
    const at = good.indexOf(Buffer.from('梅花鹿饲养员'))
    const bad = Buffer.concat([good.subarray(0, at), Buffer.from([0xff]), good.subarray(at + 1)])
    const file = path.join(dir, 'bad-utf8.json')
    writeFileSync(file, bad)
    expect(check(file)).toEqual({
      status: 2,
      out: `${file}: not UTF-8 text: byte ${at} (0xff) starts no UTF-8 character; save the file as UTF-8\n`,
    })
  }, 60_000)

  test('a byte-order mark in front: ok, as in the app', () => {
    const file = path.join(dir, 'bom.json')
    writeFileSync(file, `\ufeff${JSON.stringify(embeddedPack)}`)
    const result = check(file)
    expect(result.status).toBe(0)
    expect(result.out).toMatch(/^content:check: ok /)
  }, 60_000)

  test('/dev/zero: stops reading at the size cap and says so', () => {
    expect(check('/dev/zero')).toEqual({
      status: 1,
      out: 'pack: (整体): 超过 2048 KB 上限，手机不会接受\ncontent:check: 1 problem(s) in /dev/zero (read stopped after 2097152 bytes)\n',
    })
  }, 60_000)
})

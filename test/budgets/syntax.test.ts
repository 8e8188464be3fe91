import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parse, type Token } from 'acorn'
import { h5Dist, weappDist } from '../support/paths'
import { uploaded } from '../support/sizes'

// The builds are written for the browserslist targets in package.json (Chrome/Android WebView 67, iOS 12.2,
// Safari 12.1, Edge 79, Firefox 68), and weapp is uploaded as built (project.config.json: es6 and enhance off,
// so WeChat's tools do not turn it back into ES5). Every script must therefore be readable by the oldest of
// those engines: ES2019 syntax at most (no ?. or ??, which iOS 12's JavaScriptCore rejects) and no regular
// expression look-behind (iOS before 16.4 cannot compile it: the whole script would fail to load).

const ES_VERSION = 2019

function scripts(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name)
    if (e.isDirectory()) return scripts(full)
    return e.name.endsWith('.js') && uploaded(e.name) ? [full] : []
  })
}

interface Problem {
  file: string
  what: string
}

function problemsIn(file: string, root: string): Problem[] {
  const text = fs.readFileSync(file, 'utf8')
  const rel = path.relative(root, file)
  const found: Problem[] = []
  try {
    parse(text, {
      ecmaVersion: ES_VERSION,
      sourceType: 'script',
      allowReturnOutsideFunction: true,
      onToken(token: Token) {
        if (token.type.label !== 'regexp') return
        const { pattern } = (token as Token & { value: { pattern: string } }).value
        if (/\(\?<[=!]/.test(pattern)) found.push({ file: rel, what: `look-behind in /${pattern}/` })
      },
    })
  } catch (err) {
    const pos = (err as { pos?: number }).pos ?? 0
    found.push({ file: rel, what: `${(err as Error).message}: …${text.slice(Math.max(0, pos - 40), pos + 20)}…` })
  }
  return found
}

describe.each([
  ['weapp', weappDist()],
  ['H5', h5Dist()],
])('%s: every script runs on the oldest target', (_name, dist) => {
  const files = scripts(dist)

  test('the build has scripts', () => {
    expect(files.length).toBeGreaterThan(5)
  })

  test(`ES${ES_VERSION} syntax at most, no look-behind`, () => {
    expect(files.flatMap((f) => problemsIn(f, dist))).toEqual([])
  })
})

describe('the check itself', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sy-syntax-'))
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

  test.each([
    ['optional chaining', 'var a = b?.c', 'Unexpected token'],
    ['nullish coalescing', 'var a = b ?? c', 'Unexpected token'],
    ['look-behind', 'var r = /(?<=a)b/', 'look-behind'],
  ])('%s is found', (_what, code, message) => {
    const file = path.join(dir, 'x.js')
    fs.writeFileSync(file, code)
    expect(
      problemsIn(file, dir)
        .map((p) => p.what)
        .join(),
    ).toContain(message)
  })

  test('ES2019 passes (optional catch binding, object spread, async functions)', () => {
    const file = path.join(dir, 'ok.js')
    fs.writeFileSync(file, 'async function f(o){ try { await g({...o}) } catch { return 1 } }')
    expect(problemsIn(file, dir)).toEqual([])
  })
})

test('WeChat uploads the weapp build as built (no second ES5 compile that would re-grow it)', () => {
  const config = JSON.parse(fs.readFileSync(path.join(__dirname, '../../project.config.json'), 'utf8')) as {
    setting: Record<string, unknown>
  }
  expect(config.setting).toMatchObject({ es6: false, enhance: false })
})

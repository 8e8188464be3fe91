import { spawnSync } from 'node:child_process'
import { contentUrlProblem } from '../../config/content-url'
import { outputDir, repoRoot } from '../support/paths'

// A build's content URL must be an absolute https:// address: WeChat calls nothing else, the H5 CSP allows
// exactly its origin, and a pack over plain HTTP could be swapped on the way.

test.each([
  ['http://cdn.example.com/shuangyang/pack.json', 'must start with https://'],
  ['cdn.example.com/shuangyang/pack.json', 'not an absolute address'],
  ['//cdn.example.com/pack.json', 'not an absolute address'],
  ['ftp://cdn.example.com/pack.json', 'must start with https://'],
  ['javascript:alert(1)', 'must start with https://'],
  ['https://user:secret@cdn.example.com/pack.json', 'user name or password'],
  ['https://cdn.example.com/pack.json#x', '#fragment'],
])('%s is refused: %s', (url, words) => {
  expect(contentUrlProblem(url)).toContain(words)
})

test.each([[undefined], [''], ['https://cdn.example.com/shuangyang/pack.json'], ['https://content.invalid/pack.json']])(
  '%s is fine',
  (url) => {
    expect(contentUrlProblem(url)).toBeNull()
  },
)

test('a build with an http:// content URL stops at once and says why', () => {
  const result = spawnSync('npx', ['taro', 'build', '--type', 'h5'], {
    cwd: repoRoot,
    env: {
      ...process.env,
      TARO_APP_CONTENT_URL: 'http://cdn.example.com/pack.json',
      SY_DIST: outputDir('content-url-refused'),
      NODE_ENV: 'production',
    },
    encoding: 'utf8',
    timeout: 60000,
  })
  expect(result.status).not.toBe(0)
  expect(`${result.stdout}${result.stderr}`).toContain(
    'TARO_APP_CONTENT_URL="http://cdn.example.com/pack.json" must start with https://',
  )
})

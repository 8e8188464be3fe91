import { readFileSync } from 'node:fs'
import path from 'node:path'
import { ESLint } from 'eslint'

/*
 * The layering rules in .eslintrc.js, run on deliberate fixtures as if each
 * sat in a layer of src/. Every bad import must fail with its rule; the good
 * ones must pass, so the rules are not simply refusing everything.
 */

const root = path.resolve(__dirname, '../..')
const eslint = new ESLint({ cwd: root })

async function lintAs(fixture: string, at: string): Promise<string[]> {
  const code = readFileSync(path.join(root, 'test/fixtures/layering', fixture), 'utf8')
  const [result] = await eslint.lintText(code, { filePath: path.join(root, at) })
  return (result?.messages ?? []).filter((m) => m.severity === 2).map((m) => `${m.ruleId}: ${m.message}`)
}

const IMPORTS = '@typescript-eslint/no-restricted-imports'
const SYNTAX = 'no-restricted-syntax'

test.each([
  ['domain-imports-react.ts', 'src/domain/bad.ts', IMPORTS, 'Domain is plain TypeScript'],
  ['domain-imports-hook.ts', 'src/domain/bad.ts', IMPORTS, 'Domain is plain TypeScript'],
  ['page-imports-content.ts', 'src/pages/bad/index.tsx', IMPORTS, 'Pages reach content through the domain'],
  [
    'page-imports-content.ts',
    'src/packages/jobs/pages/bad/index.tsx',
    IMPORTS,
    'Pages reach content through the domain',
  ],
  ['component-calls-taro.ts', 'src/components/bad/index.tsx', IMPORTS, 'Taro APIs live in src/platform/'],
  ['component-checks-taro-env.ts', 'src/components/bad/index.tsx', SYNTAX, 'TARO_ENV checks live in src/platform/'],
  ['component-checks-taro-env.ts', 'src/pages/bad/index.tsx', SYNTAX, 'TARO_ENV checks live in src/platform/'],
  ['hook-calls-taro-api.ts', 'src/hooks/bad.ts', SYNTAX, "Taro's imperative API lives in src/platform/"],
  ['content-imports-domain.ts', 'src/content/bad.ts', IMPORTS, 'Content is the bottom layer'],
  ['content-imports-date.ts', 'src/content/bad.ts', IMPORTS, 'Content is the bottom layer'],
  ['app-imports-studio.ts', 'src/platform/bad.ts', 'no-restricted-imports', 'The app never imports the content studio'],
  ['app-imports-studio-kit.ts', 'src/components/bad/index.tsx', 'no-restricted-imports', 'The app never imports'],
  [
    'subpackage-imports-subpackage.ts',
    'src/packages/jobs/pages/bad/index.tsx',
    IMPORTS,
    'A subpackage never imports another subpackage',
  ],
  [
    'subpackage-imports-subpackage-relative.ts',
    'src/packages/jobs/pages/bad/index.tsx',
    IMPORTS,
    'A subpackage never imports another subpackage',
  ],
])(
  '%s as %s fails with %s',
  async (fixture, at, rule, words) => {
    const errors = await lintAs(fixture, at)
    expect(errors).toEqual([expect.stringContaining(words)])
    expect(errors[0]).toMatch(new RegExp(`^${rule}: `))
  },
  60_000,
)

test.each([
  ['page-imports-content-type.ts', 'src/pages/good/index.tsx'],
  ['hook-uses-taro-lifecycle.ts', 'src/hooks/good.ts'],
  ['component-calls-taro.ts', 'src/platform/good.ts'],
  ['component-checks-taro-env.ts', 'src/platform/good.ts'],
  ['subpackage-imports-own-helper.ts', 'src/packages/events/pages/good/index.tsx'],
])(
  '%s as %s passes',
  async (fixture, at) => {
    expect(await lintAs(fixture, at)).toEqual([])
  },
  60_000,
)

// eslint-config-taro (React) + typescript-eslint's recommended rules; Prettier owns formatting.

/*
 * Layering (README "Layout"): content → domain → hooks → components → pages.
 * Each layer may import only the layers before it; Taro's imperative API and
 * TARO_ENV checks live in src/platform/, Taro's React lifecycle hooks in
 * src/hooks/; pages reach content through the domain (types are fine); no subpackage imports another.
 * test/lint/layering.test.ts proves every rule fails on a bad import.
 */
const LAYERS = {
  content: ['domain', 'platform', 'hooks', 'components', 'pages', 'packages'],
  domain: ['platform', 'hooks', 'components', 'pages', 'packages'],
  platform: ['hooks', 'components', 'pages', 'packages'],
  hooks: ['components', 'pages', 'packages'],
  components: ['pages', 'packages'],
}
const above = (layers) => layers.flatMap((l) => [`@/${l}/*`, `**/${l}/*`])
// Subpackages load on their own: one importing another would pull its code into both (bulletproof-react's
// "features never import each other"). What two of them share belongs in components/, hooks/ or domain/.
const SUBPACKAGES = ['livelihood', 'jobs', 'events', 'attractions', 'policies']
const PAGE_CONTENT = {
  group: ['@/content/*', '**/content/*'],
  allowTypeImports: true,
  message: 'Pages reach content through the domain (types are fine).',
}
const otherSubpackages = (own) => ({
  group: SUBPACKAGES.filter((s) => s !== own).flatMap((s) => [
    `@/packages/${s}/**`,
    `**/packages/${s}/**`,
    `../${s}/**`,
    `../../${s}/**`,
    `../../../${s}/**`,
  ]),
  message: 'A subpackage never imports another subpackage: share through components/, hooks/ or domain/.',
})
const TARO_ENV = {
  selector: "MemberExpression[object.object.name='process'][object.property.name='env'][property.name='TARO_ENV']",
  message: 'TARO_ENV checks live in src/platform/ (import a constant from there).',
}
const TARO_IMPERATIVE = {
  selector: "ImportDeclaration[source.value='@tarojs/taro'] > ImportSpecifier[imported.name!=/^use[A-Z]/]",
  message: "Taro's imperative API lives in src/platform/; hooks may import Taro's React lifecycle hooks only.",
}
const NO_TARO = {
  name: '@tarojs/taro',
  message: 'Taro APIs live in src/platform/, Taro lifecycle hooks in src/hooks/.',
}
const NO_TARO_DEFAULT = {
  name: '@tarojs/taro',
  importNames: ['default'],
  message: "Taro's imperative API lives in src/platform/; import Taro's React lifecycle hooks by name.",
}
const PURE = ['react', 'react-dom', '@tarojs/*', '@nutui/*']
const layer = (files, patterns, paths = [], syntax = [TARO_ENV]) => ({
  files,
  rules: {
    '@typescript-eslint/no-restricted-imports': ['error', { paths, patterns }],
    'no-restricted-syntax': ['error', ...syntax],
  },
})

module.exports = {
  root: true,
  extends: ['taro/react', 'plugin:@typescript-eslint/recommended', 'prettier'],
  // One parser for TS and JS, so plain .js/.mjs files need no Babel config of their own.
  parser: '@typescript-eslint/parser',
  // jsxPragma null: with the automatic JSX runtime an unused `import React` is reported.
  parserOptions: { ecmaVersion: 2022, sourceType: 'module', ecmaFeatures: { jsx: true }, jsxPragma: null },
  env: { es2022: true },
  rules: {
    // The JSX runtime is automatic (react-jsx): no React import in scope.
    'react/react-in-jsx-scope': 'off',
    'react/jsx-uses-react': 'off',
    // Warnings fail the lint (--max-warnings 0), so what taro/react only warns about must be real.
    '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
    '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
  },
  overrides: [
    {
      files: ['src/**/*.{ts,tsx}'],
      env: { browser: true },
    },
    layer(
      ['src/content/**'],
      [
        {
          group: [...above(LAYERS.content), ...PURE],
          message: 'Content is the bottom layer: plain data and its schema.',
        },
      ],
    ),
    layer(
      ['src/domain/**'],
      [
        {
          group: [...above(LAYERS.domain), ...PURE],
          message: 'Domain is plain TypeScript: no React, Taro or layer above it.',
        },
      ],
    ),
    layer(
      ['src/platform/**'],
      [{ group: above(LAYERS.platform), message: 'Platform sits under hooks, components and pages.' }],
      [],
      [],
    ),
    layer(
      ['src/hooks/**'],
      [{ group: above(LAYERS.hooks), message: 'Hooks sit under components and pages.' }],
      [NO_TARO_DEFAULT],
      [TARO_ENV, TARO_IMPERATIVE],
    ),
    layer(
      ['src/components/**'],
      [{ group: above(LAYERS.components), message: 'Components sit under pages.' }],
      [NO_TARO],
    ),
    layer(['src/pages/**'], [PAGE_CONTENT], [NO_TARO]),
    ...SUBPACKAGES.map((own) => layer([`src/packages/${own}/**`], [PAGE_CONTENT, otherSubpackages(own)], [NO_TARO])),
    {
      // The studio is a desktop tool beside the app: the app never imports it or its dependencies, so none of
      // it can reach dist/weapp or dist/h5 (test/budgets/studio-apart.test.ts checks the built files too).
      files: ['src/**'],
      rules: {
        'no-restricted-imports': [
          'error',
          {
            patterns: [
              {
                group: ['**/studio/**', '**/studio', 'antd', 'antd/*', 'idb-keyval', 'vite', '@valibot/to-json-schema'],
                message: 'The app never imports the content studio (studio/) or its dependencies.',
              },
            ],
          },
        ],
      },
    },
    {
      files: ['studio/**'],
      env: { browser: true },
    },
    {
      files: ['scripts/**', 'config/**', 'test/**', '*.js', '*.mjs', 'studio/vite.config.mts'],
      env: { node: true },
    },
    {
      files: ['test/**'],
      env: { jest: true },
      rules: {
        // Test harnesses emulate CommonJS loaders (module.exports of a fake module); real requires are still caught.
        'import/no-commonjs': 'off',
      },
    },
    {
      // CommonJS config files (jest, babel, eslint, jest setup).
      files: ['*.js', 'test/setup/*.js'],
      rules: {
        'import/no-commonjs': 'off',
        '@typescript-eslint/no-require-imports': 'off',
      },
    },
  ],
}

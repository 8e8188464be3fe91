// Unit and component tests. Tests that need a build (test/weapp, test/e2e,
// test/budgets) run under jest.build.config.js after `npm run build`.

// Date code must not depend on the machine being in Beijing: run every test
// elsewhere. Set before workers start, so they inherit it.
process.env.TZ = 'America/New_York'

// ESM packages that Taro and NutUI pull in; babel must transform them.
const esmPackages = [
  '@tarojs',
  '@stencil',
  '@nutui',
  '@swc/helpers',
  'swiper',
  'ssr-window',
  'dom7',
  'tslib',
  'lodash-es',
  'query-string',
  'decode-uri-component',
  'split-on-first',
  'filter-obj',
  'nanoid',
  'style-inject',
]

const shared = {
  rootDir: __dirname,
  transform: { '^.+\\.[cm]?[jt]sx?$': 'babel-jest' },
  transformIgnorePatterns: [`/node_modules/(?!(\\.pnpm|${esmPackages.join('|')})(/|@|\\+))`],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'jsx', 'mjs', 'cjs', 'json'],
  moduleNameMapper: {
    '\\.(css|scss|sass|less)$': '<rootDir>/test/setup/style-stub.js',
    '\\.(png|jpe?g|gif|svg|webp)$': '<rootDir>/test/setup/file-stub.js',
    '^@/(.*)$': '<rootDir>/src/$1',
    '^@tarojs/components$': '@tarojs/components/lib/react',
    '^@tarojs/taro$': '<rootDir>/test/setup/taro-h5.ts',
  },
  globals: {
    ENABLE_INNER_HTML: true,
    ENABLE_ADJACENT_HTML: true,
    ENABLE_SIZE_APIS: true,
    ENABLE_TEMPLATE_CONTENT: true,
    ENABLE_CLONE_NODE: true,
    ENABLE_CONTAINS: true,
    ENABLE_MUTATION_OBSERVER: true,
    DEPRECATED_ADAPTER_COMPONENT: false,
  },
  // Taro's env (TARO_ENV, TARO_PLATFORM) is set inside the test sandbox only: in the
  // jest process TARO_PLATFORM=web would make babel-preset-taro add react-refresh.
  setupFiles: ['<rootDir>/test/setup/taro-env.js'],
  testPathIgnorePatterns: [
    '/node_modules/',
    '/dist/',
    '<rootDir>/test/weapp/',
    '<rootDir>/test/e2e/',
    '<rootDir>/test/budgets/',
  ],
}

/** @type {import('jest').Config} */
module.exports = {
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testEnvironment: 'node',
      // Pure code (content, domain, scripts), the lint rules and the design table run in plain Node, as they do in the CLI.
      testMatch: ['<rootDir>/test/{content,domain,scripts,lint,styles}/**/*.test.{ts,tsx}'],
    },
    {
      ...shared,
      displayName: 'dom',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/test/**/*.test.{ts,tsx}'],
      testPathIgnorePatterns: [
        ...shared.testPathIgnorePatterns,
        '<rootDir>/test/content/',
        '<rootDir>/test/domain/',
        '<rootDir>/test/scripts/',
        '<rootDir>/test/lint/',
        '<rootDir>/test/styles/',
      ],
      setupFiles: [...shared.setupFiles, '<rootDir>/test/setup/dom-globals.js'],
      setupFilesAfterEnv: ['<rootDir>/test/setup/dom-after-env.ts'],
    },
  ],
}

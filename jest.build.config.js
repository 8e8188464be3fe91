// Tests that need the production builds (run after `npm run build`): the weapp
// harness, the H5 journeys in Chromium, and the size budgets. SY_WEAPP_DIST and
// SY_H5_DIST point them at other build folders.

/** @type {import('jest').Config} */
module.exports = {
  rootDir: __dirname,
  displayName: 'build',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/test/{weapp,e2e,budgets}/**/*.test.ts'],
  transform: { '^.+\\.[cm]?[jt]sx?$': ['babel-jest', { configFile: './babel.config.js' }] },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  moduleNameMapper: { '^@/(.*)$': '<rootDir>/src/$1' },
  // The browser and the servers are shared resources: one file at a time.
  maxWorkers: 1,
  testTimeout: 120000,
}

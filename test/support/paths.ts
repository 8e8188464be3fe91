import path from 'node:path'

export const repoRoot = path.resolve(__dirname, '..', '..')

/** The weapp build under test: SY_WEAPP_DIST, else dist/weapp (what `npm test` builds). */
export function weappDist(): string {
  return path.resolve(repoRoot, process.env.SY_WEAPP_DIST || 'dist/weapp')
}

/** The H5 build under test: SY_H5_DIST, else dist/h5. */
export function h5Dist(): string {
  return path.resolve(repoRoot, process.env.SY_H5_DIST || 'dist/h5')
}

/** Screenshots and other artefacts a person may look at; git-ignored. */
export function outputDir(...parts: string[]): string {
  return path.resolve(repoRoot, process.env.SY_TEST_OUTPUT || 'test-output', ...parts)
}

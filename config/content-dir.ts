import fs from 'node:fs'
import path from 'node:path'
import webpack from 'webpack'
import type Chain from 'webpack-chain'

const CONTENT_JSON = /[\\/]src[\\/]content[\\/](digest[\\/])?[a-z0-9-]+\.json$/

/**
 * SY_CONTENT_DIR=<dir> builds the app with another pack (e.g. `npm run content:scale`'s ten-fold one) in place
 * of the repo's content, without touching src/content: each src/content/**.json the code imports is taken from
 * <dir>/src/content/ when a file of that name is there (the same layout, so chunk rules by path still apply).
 */
export function contentDir(): string | undefined {
  const dir = process.env.SY_CONTENT_DIR
  if (!dir) return undefined
  const root = path.resolve(dir)
  if (!fs.existsSync(path.join(root, 'pack.json'))) {
    throw new Error(`SY_CONTENT_DIR=${dir}: no pack.json there (make one with npm run content:scale)`)
  }
  return root
}

/** Points src/content's JSON at <root>/src/content/ (webpack's NormalModuleReplacementPlugin). */
export function readContentFrom(chain: Chain, root: string): void {
  const repoContent = path.resolve(__dirname, '..', 'src', 'content')
  chain.module
    .rule('sy-pure-pack')
    .test(/\.json$/)
    .include.add(path.join(root, 'src', 'content'))
    .end()
    .set('sideEffects', false)
  chain.plugin('sy-content-dir').use(webpack.NormalModuleReplacementPlugin, [
    CONTENT_JSON,
    (data: { createData?: { resource?: string } }) => {
      const resource = data.createData?.resource
      if (!data.createData || !resource || !resource.startsWith(repoContent)) return
      const file = path.join(root, 'src', 'content', path.relative(repoContent, resource))
      if (fs.existsSync(file)) data.createData.resource = file
    },
  ])
}

import path from 'node:path'
import webpack from 'webpack'
import type Chain from 'webpack-chain'

const SHIM = path.resolve(__dirname, 'shims', 'no-taro-tabbar.js')
const TARO_ROUTER = /[\\/]@tarojs[\\/]router[\\/]/

/**
 * H5: Taro's router imports its web-component tab bar (`taro-tabbar`, and @stencil/core with it: about 12 KB
 * gzip in the entry) whether or not it will draw it; with a custom tabBar (app.config.ts) it never does, and
 * the app draws its own (src/components/tab-bar). Only the router's import is answered with a no-op.
 */
export function dropTaroTabBar(chain: Chain): void {
  chain.plugin('sy-no-taro-tabbar').use(webpack.NormalModuleReplacementPlugin, [
    /^@tarojs\/components\/dist\/components$/,
    (resource: { request: string; contextInfo?: { issuer?: string } }) => {
      if (TARO_ROUTER.test(resource.contextInfo?.issuer ?? '')) resource.request = SHIM
    },
  ])
}

import path from 'node:path'
import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import devConfig from './dev'
import { AsyncPackPlugin } from './async-pack'
import { H5HostingPlugin } from './h5-hosting'
import { dropTaroTabBar } from './h5-tab-bar'
import { h5SplitChunks, markPure } from './chunks'
import { contentDir, readContentFrom } from './content-dir'
import { contentUrlProblem } from './content-url'
import { designScss } from './design-scss'
import prodConfig from './prod'

// SY_SOURCE_MAPS=1: source maps beside the built files, for `npm run bundle:report` (where the bytes come from).
const sourceMaps =
  process.env.SY_SOURCE_MAPS === '1' ? { enableSourceMap: true, sourceMapType: 'source-map' as const } : {}

// SY_DIST lets a test or a second worker build elsewhere without clobbering dist/.
const outputRoot = process.env.SY_DIST || `dist/${process.env.TARO_ENV}`

// SY_CONTENT_DIR builds with another pack, e.g. the ten-fold one (`npm run content:scale`).
const packDir = contentDir()

// Packages shipped as modern syntax that Babel must bring down to the browserslist targets like our own code
// (valibot and the H5 router's query-string use ?. and ??, which iOS 12's JavaScriptCore cannot read).
// test/budgets/syntax.test.ts reads every built script as the oldest target would.
const MODERN_PACKAGES = ['valibot', 'query-string', 'filter-obj', 'decode-uri-component', 'split-on-first']
const compile = { include: MODERN_PACKAGES.map((name) => path.resolve(__dirname, '..', 'node_modules', name)) }

// Template levels Taro writes for weapp (0–10, and the container at 11: see below).
const WEAPP_BASE_LEVEL = 12

export default defineConfig<'webpack5'>(async (merge) => {
  const urlProblem = contentUrlProblem(process.env.TARO_APP_CONTENT_URL)
  if (urlProblem) throw new Error(urlProblem)
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'zhihui-shuangyang',
    date: '2026-11-26',
    designWidth: 375,
    deviceRatio: {
      640: 2.34 / 2,
      750: 1,
      375: 2,
      828: 1.81 / 2,
    },
    // SY_SOURCE_ROOT=bench/floor/src: `npm run bench` builds its hello-world floor with this very config.
    sourceRoot: process.env.SY_SOURCE_ROOT || 'src',
    outputRoot,
    // aria-label / aria-role on the weapp templates, for WeChat's screen reader.
    plugins: [path.resolve(__dirname, 'weapp-aria.ts')],
    alias: {
      '@': path.resolve(__dirname, '..', 'src'),
      'lodash.kebabcase': path.resolve(__dirname, 'shims', 'kebab-case.js'),
    },
    defineConstants: {},
    // Taro reads TARO_APP_* only from .env files; the shell's value counts too. Unset is '' (not left
    // as `process.env.X`, which does not exist at run time), so the code behind it is dropped.
    env: {
      TARO_APP_CONTENT_URL: JSON.stringify(process.env.TARO_APP_CONTENT_URL ?? ''),
      TARO_APP_WECHAT_SI: JSON.stringify(process.env.TARO_APP_WECHAT_SI ?? ''),
      // The studio's preview build only (npm run build:studio): listens for the draft the studio posts.
      TARO_APP_STUDIO_PREVIEW: JSON.stringify(process.env.TARO_APP_STUDIO_PREVIEW ?? ''),
    },
    sass: { resource: [path.resolve(__dirname, '..', 'src/styles/tokens.scss')], data: designScss() },
    // WeChat's search index reads sitemap.json (app.json sitemapLocation) from the package root.
    copy: {
      patterns:
        process.env.TARO_ENV === 'weapp'
          ? [{ from: 'src/sitemap.json', to: path.join(outputRoot, 'sitemap.json') }]
          : [],
      options: {},
    },
    framework: 'react',
    compiler: { type: 'webpack5', prebundle: { enable: false } },
    cache: { enable: false },
    // Chinese text stays UTF-8 (3 bytes) instead of \uXXXX escapes (6 bytes): the content is mostly Chinese.
    terser: { enable: true, config: { output: { ascii_only: false } } },
    mini: {
      postcss: {
        pxtransform: { enable: true, config: { selectorBlackList: ['nut-'] } },
        cssModules: {
          enable: false,
          config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' },
        },
      },
      optimizeMainPackage: { enable: true },
      // Taro writes its generic templates once per tree level (16 by default), about 3 KB of the main package
      // each; our deepest page reaches level 9 (test/weapp/tree-depth.test.ts). Deeper trees still work, through
      // Taro's recursive comp component, at some cost on every update below that level. (Read by Taro's
      // MiniPlugin, missing from its config types.)
      ...({ baseLevel: WEAPP_BASE_LEVEL } as object),
      compile,
      ...sourceMaps,
      webpackChain(chain) {
        markPure(chain)
        if (packDir) readContentFrom(chain, packDir)
        // import() of a module in a subpackage (the content digest): WeChat's require.async.
        chain.plugin('sy-async-pack').use(AsyncPackPlugin)
      },
      // Component styles are independent (one sy- prefix each), so their order across chunks does not matter.
      miniCssExtractPluginOption: { ignoreOrder: true },
    },
    h5: {
      useHtmlComponents: true,
      compile,
      webpackChain(chain) {
        markPure(chain)
        if (packDir) readContentFrom(chain, packDir)
        chain.optimization.splitChunks(h5SplitChunks(chain.optimization.get('splitChunks')))
        dropTaroTabBar(chain)
        if (process.env.NODE_ENV !== 'development')
          chain.plugin('h5-hosting').use(H5HostingPlugin, [{ contentUrl: process.env.TARO_APP_CONTENT_URL }])
      },
      htmlPluginOption: { favicon: path.resolve(__dirname, '..', 'src', 'favicon.svg') },
      // The studio's preview is served from a folder of the studio, not from the root.
      publicPath: process.env.TARO_APP_STUDIO_PREVIEW ? './' : '/',
      ...sourceMaps,
      staticDirectory: 'static',
      router: { mode: 'hash' },
      output: {
        // Content hashes: a file's name changes exactly when its bytes do, so hosts may cache it for a year.
        filename: 'js/[name].[contenthash:8].js',
        chunkFilename: 'js/[name].[contenthash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[contenthash:8].css',
      },
      postcss: {
        // Root font stops growing at a large phone's size (430 px wide), so a desktop shows phone-size text.
        pxtransform: { enable: true, config: { selectorBlackList: ['nut-'], maxRootSize: 23 } },
        autoprefixer: { enable: true, config: {} },
        cssModules: {
          enable: false,
          config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' },
        },
      },
    },
  }
  if (process.env.NODE_ENV === 'development') {
    return merge({}, baseConfig, devConfig)
  }
  return merge({}, baseConfig, prodConfig)
})

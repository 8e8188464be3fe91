import { COLOURS } from './styles/design'

const domains = ['livelihood', 'jobs', 'events', 'attractions', 'policies'] as const

const TABS = [
  { pagePath: 'pages/index/index', text: '首页', icon: 'home' },
  { pagePath: 'pages/search/index', text: '搜索', icon: 'search' },
  { pagePath: 'pages/mine/index', text: '我的', icon: 'mine' },
]

export default defineAppConfig({
  // H5 shows 未找到 for an unknown address; weapp sends it home (see app.ts), so it needs no such page.
  pages: [
    'pages/index/index',
    'pages/search/index',
    'pages/mine/index',
    ...(process.env.TARO_ENV === 'h5' ? ['pages/not-found/index'] : []),
  ],
  subPackages: domains.map((domain) => ({
    root: `packages/${domain}/`,
    pages: ['pages/list/index', 'pages/detail/index'],
  })),
  // weapp only (H5 fetches what a page needs itself, and its entry would carry these lines to every page).
  ...(process.env.TARO_ENV !== 'h5' && {
    preloadRule: {
      'pages/index/index': { network: 'all', packages: ['packages/livelihood/', 'packages/events/'] },
      // Search's code, documents and the records of its hits' facts load on the first search
      // (src/platform/search-kit.ts), each a subpackage (config/async-pack.ts declares them): WeChat downloads them
      // while the page is open, so the first search does not wait for the network.
      'pages/search/index': {
        network: 'all',
        packages: [
          'packages/search-engine/',
          ...domains.map((domain) => `packages/digest-search-${domain}/`),
          ...(['events', 'jobs', 'attractions'] as const).map((domain) => `packages/digest-records-${domain}/`),
        ],
      },
    },
  }),
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: COLOURS.primary,
    navigationBarTitleText: '智慧双阳',
    navigationBarTextStyle: 'white',
    backgroundColor: COLOURS.bg,
  },
  tabBar: {
    // Both builds draw their own bar: weapp so that 长辈版 can grow its labels (src/custom-tab-bar), H5 so that
    // Taro's web-component bar (and @stencil/core with it, about 12 KB gzip) stays out of the first load
    // (src/components/tab-bar). The list still makes these pages tabs for WeChat and for Taro's H5 router, which
    // keeps a tab page alive; WeChat also copies the icons into the package (H5 draws its own, so it names none).
    custom: true,
    color: COLOURS.textMuted,
    selectedColor: COLOURS.primary,
    backgroundColor: COLOURS.surface,
    borderStyle: 'black',
    list: TABS.map(({ pagePath, text, icon }) => ({
      pagePath,
      text,
      ...(process.env.TARO_ENV !== 'h5' && {
        iconPath: `assets/tab/${icon}.png`,
        selectedIconPath: `assets/tab/${icon}-active.png`,
      }),
    })),
  },
  lazyCodeLoading: 'requiredComponents',
  sitemapLocation: 'sitemap.json',
  // Read-aloud on weapp needs WeChat's 同声传译 plugin, which the mini-program's account must add first.
  ...(process.env.TARO_APP_WECHAT_SI === '1' && {
    plugins: { WechatSI: { version: '0.3.6', provider: 'wx069ba97219f66d99' } },
  }),
})

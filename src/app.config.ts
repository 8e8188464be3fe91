import { COLOURS } from './styles/design'

const domains = ['livelihood', 'jobs', 'events', 'attractions', 'policies'] as const

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
  preloadRule: {
    'pages/index/index': { network: 'all', packages: ['packages/livelihood/', 'packages/events/'] },
  },
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: COLOURS.primary,
    navigationBarTitleText: '智慧双阳',
    navigationBarTextStyle: 'white',
    backgroundColor: COLOURS.bg,
  },
  tabBar: {
    // weapp draws its own bar (src/custom-tab-bar) so that 长辈版 can grow its labels; H5's own bar grows already.
    custom: process.env.TARO_ENV === 'weapp',
    color: COLOURS.textMuted,
    selectedColor: COLOURS.primary,
    backgroundColor: COLOURS.surface,
    borderStyle: 'black',
    list: [
      {
        pagePath: 'pages/index/index',
        text: '首页',
        iconPath: 'assets/tab/home.png',
        selectedIconPath: 'assets/tab/home-active.png',
      },
      {
        pagePath: 'pages/search/index',
        text: '搜索',
        iconPath: 'assets/tab/search.png',
        selectedIconPath: 'assets/tab/search-active.png',
      },
      {
        pagePath: 'pages/mine/index',
        text: '我的',
        iconPath: 'assets/tab/mine.png',
        selectedIconPath: 'assets/tab/mine-active.png',
      },
    ],
  },
  lazyCodeLoading: 'requiredComponents',
  sitemapLocation: 'sitemap.json',
  // Read-aloud on weapp needs WeChat's 同声传译 plugin, which the mini-program's account must add first.
  ...(process.env.TARO_APP_WECHAT_SI === '1' && {
    plugins: { WechatSI: { version: '0.3.6', provider: 'wx069ba97219f66d99' } },
  }),
})

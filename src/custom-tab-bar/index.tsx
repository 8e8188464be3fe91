import { View, Text, Image } from '@tarojs/components'
import { HOME_PATH, MINE_PATH, SEARCH_PATH } from '@/domain/routes'
import { useCurrentTab } from '@/hooks/use-current-tab'
import { useSettings } from '@/hooks/use-settings'
import { openRoute } from '@/platform/nav'
import './index.scss'

// The same three tabs, words and icons as app.config's tabBar list (WeChat still needs that list, and
// copies its icons into the package, so the bar points at those copies instead of bundling them again).
const TABS = [
  { path: HOME_PATH, text: '首页', icon: 'home' },
  { path: SEARCH_PATH, text: '搜索', icon: 'search' },
  { path: MINE_PATH, text: '我的', icon: 'mine' },
] as const

/**
 * weapp's tab bar, drawn by the app (tabBar.custom) because WeChat's own cannot
 * grow: in 长辈版 its labels are 18 px and its icons larger, like the H5 bar.
 */
export default function CustomTabBar() {
  const { settings } = useSettings()
  const current = useCurrentTab()
  return (
    <View className={`sy-tabbar ${settings.elderMode ? 'sy-tabbar--elder' : ''}`} ariaRole='tablist'>
      {TABS.map((tab) => {
        const selected = tab.path === current
        return (
          <View
            key={tab.path}
            className={`sy-tabbar__item ${selected ? 'sy-tabbar__item--on' : ''}`}
            ariaRole='tab'
            // WeChat's templates print aria-label and aria-role only, so the chosen tab says so in its name.
            ariaLabel={selected ? `${tab.text}，当前页` : tab.text}
            onClick={() => {
              if (!selected) void openRoute(tab.path)
            }}
          >
            <Image
              className='sy-tabbar__icon'
              src={`/assets/tab/${tab.icon}${selected ? '-active' : ''}.png`}
              aria-hidden='true'
            />
            <Text className='sy-tabbar__label'>{tab.text}</Text>
          </View>
        )
      })}
    </View>
  )
}

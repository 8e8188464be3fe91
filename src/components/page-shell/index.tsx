import { View, Text } from '@tarojs/components'
import { useEffect, useMemo, type CSSProperties, type ReactNode } from 'react'
import { isTabPath } from '@/domain/routes'
import { useMarkTab } from '@/hooks/use-current-tab'
import { usePageTitle } from '@/hooks/use-page-title'
import { useContent } from '@/hooks/use-content'
import { useSettings } from '@/hooks/use-settings'
import { useSinglePageMode } from '@/hooks/use-single-page'
import { goHome, isOpenedCold } from '@/platform/nav'
import { DRAWS_OWN_TITLE_BAR, goBack, markElderMode } from '@/platform/page'
import { currentRoutePath } from '@/platform/route'
import { keyboardProps, roleProps } from '@/components/a11y-props'
import { DemoBanner, type DemoBannerProps } from '@/components/demo-banner'
import { ELDER_THEME_VARS, STANDARD_THEME_VARS } from './theme'
import './index.scss'

export interface PageShellProps {
  children: ReactNode
  className?: string
  /** The page's title: the record's own title on detail pages. Shown in the title bar and the browser tab. */
  title?: string
  /** On a detail page, its record: the demo line at the top then says what this record is. */
  record?: DemoBannerProps['record']
}

function TitleBar({ title, back }: { title: string; back: 'back' | 'home' | 'none' }) {
  const label = back === 'home' ? '回到首页' : '返回'
  const go = () => void goBack()
  return (
    <View className='sy-titlebar'>
      {back !== 'none' && (
        <View
          className='sy-titlebar__back'
          {...roleProps('button')}
          ariaLabel={back === 'home' ? '回到首页' : '返回上一页'}
          {...keyboardProps(go)}
          onClick={go}
        >
          <Text aria-hidden='true'>‹</Text>
          <Text>{label}</Text>
        </View>
      )}
      <Text className='sy-titlebar__title'>{title}</Text>
    </View>
  )
}

/**
 * Every page's root. It carries 长辈版 (one class switches type, contrast and
 * touch-target sizes for everything inside, and NutUI's theme with it), the
 * user's WeChat font scale, the page title (WeChat's bar, the browser tab), on
 * H5 a title bar with a back control, and a way home when opened cold from a
 * share or QR code. In moments' single-page mode there is no way home, only a
 * line saying where the full service is. With the demo edition it says so once, at the top.
 */
export function PageShell({ children, className, title = '智慧双阳', record }: PageShellProps) {
  const { settings, fontScale } = useSettings()
  const { summary } = useContent()
  const singlePage = useSinglePageMode()
  usePageTitle(title)
  const { tab, cold, route } = useMemo(() => {
    const path = currentRoutePath()
    return { tab: isTabPath(path), cold: isOpenedCold(), route: path }
  }, [])
  useMarkTab(tab ? `/${route.replace(/^\//, '').split('?')[0]}` : undefined)
  const elder = settings.elderMode
  useEffect(() => markElderMode(elder), [elder])
  const classes = ['sy-page', elder ? 'sy-page--elder' : '', className ?? ''].filter(Boolean).join(' ')
  // A CSS variable, not `zoom` itself: Taro's mini-program style object drops properties it does not know
  // (zoom among them), while custom properties always reach the page.
  const style = fontScale > 1 ? ({ '--sy-font-zoom': String(fontScale) } as CSSProperties) : undefined
  // NutUI's theme, as the CSS variables its ConfigProvider would set (theme.ts).
  const theme = (elder ? ELDER_THEME_VARS : STANDARD_THEME_VARS) as CSSProperties
  const showHome = !singlePage && !tab && cold
  return (
    <View className='sy-theme' style={theme}>
      <View className={classes} style={style}>
        {DRAWS_OWN_TITLE_BAR && <TitleBar title={title} back={tab || singlePage ? 'none' : cold ? 'home' : 'back'} />}
        {!DRAWS_OWN_TITLE_BAR && showHome && (
          <View
            className='sy-page__home'
            {...roleProps('button')}
            {...keyboardProps(() => void goHome())}
            onClick={() => void goHome()}
          >
            <Text>回到首页</Text>
          </View>
        )}
        <DemoBanner edition={summary.edition} record={record} />
        {children}
        {singlePage && (
          <Text className='sy-page__single'>
            朋友圈里只能查看这一页。收藏、转发和更多内容，请打开“智慧双阳”小程序使用完整服务。
          </Text>
        )}
      </View>
    </View>
  )
}

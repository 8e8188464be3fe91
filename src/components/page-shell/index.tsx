import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useMemo, type CSSProperties, type ReactNode } from 'react'
import { isTabPath } from '@/domain/routes'
import { useSettings } from '@/hooks/use-settings'
import { useSinglePageMode } from '@/hooks/use-single-page'
import { goHome, isOpenedCold } from '@/platform/nav'
import { keyboardProps, roleProps } from '@/components/a11y-props'
import './index.scss'

export interface PageShellProps {
  children: ReactNode
  className?: string
}

/**
 * Every page's root. It carries 长辈版 (one class switches type, contrast and
 * touch-target sizes for everything inside), the user's WeChat font scale, and
 * a way home when the page was opened cold from a share or QR code. In moments'
 * single-page mode there is no way home, only a line saying where the full service is.
 */
export function PageShell({ children, className }: PageShellProps) {
  const { settings, fontScale } = useSettings()
  const singlePage = useSinglePageMode()
  const showHome = useMemo(() => {
    const path = Taro.getCurrentInstance().router?.path ?? ''
    return !singlePage && !isTabPath(path) && isOpenedCold()
  }, [singlePage])
  const classes = ['sy-page', settings.elderMode ? 'sy-page--elder' : '', className ?? ''].filter(Boolean).join(' ')
  // A CSS variable, not `zoom` itself: Taro's mini-program style object drops properties it does not know
  // (zoom among them), while custom properties always reach the page.
  const style = fontScale > 1 ? ({ '--sy-font-zoom': String(fontScale) } as CSSProperties) : undefined
  return (
    <View className={classes} style={style}>
      {showHome && (
        <View
          className='sy-page__home'
          {...roleProps('button')}
          {...keyboardProps(() => void goHome())}
          onClick={() => void goHome()}
        >
          <Text>回到首页</Text>
        </View>
      )}
      {children}
      {singlePage && (
        <Text className='sy-page__single'>
          朋友圈里只能查看这一页。收藏、转发和更多内容，请打开“智慧双阳”小程序使用完整服务。
        </Text>
      )}
    </View>
  )
}

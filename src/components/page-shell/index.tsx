import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useMemo, type ReactNode } from 'react'
import { isTabPath } from '@/domain/routes'
import { useSettings } from '@/hooks/use-settings'
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
 * a way home when the page was opened cold from a share or QR code.
 */
export function PageShell({ children, className }: PageShellProps) {
  const { settings, fontScale } = useSettings()
  const showHome = useMemo(() => {
    const path = Taro.getCurrentInstance().router?.path ?? ''
    return !isTabPath(path) && isOpenedCold()
  }, [])
  const classes = ['sy-page', settings.elderMode ? 'sy-page--elder' : '', className ?? ''].filter(Boolean).join(' ')
  const style = fontScale > 1 ? { zoom: fontScale } : undefined
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
    </View>
  )
}

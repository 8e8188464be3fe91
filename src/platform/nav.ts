import Taro from '@tarojs/taro'
import { HOME_PATH, isTabPath } from '@/domain/routes'
import { notify } from './feedback'

/** Opens a route; tab pages need switchTab, and a full page stack falls back to redirect. */
export async function openRoute(url: string): Promise<void> {
  try {
    if (isTabPath(url)) {
      await Taro.switchTab({ url: url.split('?')[0] ?? url })
      return
    }
    const depth = safePageDepth()
    if (depth >= 9) await Taro.redirectTo({ url })
    else await Taro.navigateTo({ url })
  } catch {
    notify('页面打开失败，请稍后再试')
  }
}

export async function goHome(): Promise<void> {
  try {
    await Taro.switchTab({ url: HOME_PATH })
  } catch {
    await Taro.reLaunch({ url: HOME_PATH }).catch(() => undefined)
  }
}

export function safePageDepth(): number {
  try {
    return Taro.getCurrentPages().length
  } catch {
    return 1
  }
}

/** A page opened cold (from a share, a QR code, moments' single-page mode) has nothing to go back to. */
export function isOpenedCold(): boolean {
  return safePageDepth() <= 1
}

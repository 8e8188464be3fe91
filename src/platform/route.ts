import Taro from '@tarojs/taro'

/** The route of the page being shown ('' before a page is up). */
export function currentRoutePath(): string {
  try {
    return Taro.getCurrentInstance().router?.path ?? ''
  } catch {
    return ''
  }
}

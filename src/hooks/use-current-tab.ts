import { useDidShow } from '@tarojs/taro'
import { useSyncExternalStore } from 'react'

/*
 * Which tab page is being shown, for weapp's custom tab bar. WeChat gives each tab
 * page its own copy of the bar; every copy reads this, and a tab page sets it
 * each time it is shown, so the bar on screen always marks its own page.
 */
let current = ''
const listeners = new Set<() => void>()

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

const read = (): string => current

export function setCurrentTab(path: string): void {
  if (path === current) return
  current = path
  for (const l of listeners) l()
}

/** The path of the tab page on screen ('' before one was shown), e.g. /pages/search/index. */
export function useCurrentTab(): string {
  return useSyncExternalStore(subscribe, read, read)
}

/** Called by a tab page: marks it as the tab on screen now and whenever it is shown again. */
export function useMarkTab(path: string | undefined): void {
  useDidShow(() => {
    if (path !== undefined) setCurrentTab(path)
  })
}

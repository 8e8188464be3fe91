import { useSyncExternalStore, type MouseEvent, type ReactNode } from 'react'
import { createPortal } from 'react-dom'
import { HOME_PATH, MINE_PATH, SEARCH_PATH } from '@/domain/routes'
import { openRoute } from '@/platform/nav'
import { shownRoute, subscribeShownRoute } from '@/platform/route'
import './tab-bar.scss'

// The same three tabs and words as app.config's tabBar list; the icons are drawn here (the shapes of
// src/assets/tab/*.png, which weapp uses: scripts/gen-tab-icons.mjs), in the text's colour.
const TABS: ReadonlyArray<{ path: string; text: string; icon: ReactNode }> = [
  { path: HOME_PATH, text: '首页', icon: <path d='M14 48 50 16l36 32M24 42v42h52V42M42 84V62h16v22' /> },
  {
    path: SEARCH_PATH,
    text: '搜索',
    icon: (
      <>
        <circle cx='43' cy='43' r='25' />
        <path d='m62 62 22 22' strokeWidth='9.75' />
      </>
    ),
  },
  {
    path: MINE_PATH,
    text: '我的',
    icon: (
      <>
        <circle cx='50' cy='33' r='17' />
        <path d='M34.5 62A32 32 0 0 0 18.1 88h63.8a32 32 0 0 0-16.4-26' />
      </>
    ),
  },
]

/** The entry page's address ('/') is home. */
const tabOf = (route: string): string => (route === '/' ? HOME_PATH : route)

/**
 * H5's tab bar, drawn by the app instead of Taro's web component (app.config's tabBar is custom). Taro's
 * router still lays the app out for a bar (#container: the pages' panel, then the bar; a tab page ends above
 * it) and keeps tab pages alive. The bar shows on tab pages only; a tab opens as a page of the site
 * (platform/nav: back returns to the tab before); 长辈版 grows it (html.sy-elder-mode, tab-bar.scss).
 */
export function TabBar() {
  const current = tabOf(useSyncExternalStore(subscribeShownRoute, shownRoute, shownRoute))
  const container = typeof document === 'undefined' ? null : document.getElementById('container')
  if (!container || !TABS.some((t) => t.path === current)) return null
  return createPortal(
    <nav className='sy-tabbar-h5' aria-label='主菜单'>
      {TABS.map((tab) => {
        const selected = tab.path === current
        const open = (e: MouseEvent) => {
          e.preventDefault()
          if (!selected) void openRoute(tab.path)
        }
        return (
          <a
            key={tab.path}
            className={`sy-tabbar-h5__item${selected ? ' sy-tabbar-h5__item--on' : ''}`}
            href={`#${tab.path}`}
            aria-current={selected ? 'page' : undefined}
            onClick={open}
          >
            <svg
              className='sy-tabbar-h5__icon'
              viewBox='0 0 100 100'
              aria-hidden='true'
              fill='none'
              stroke='currentColor'
              strokeWidth='7.5'
              strokeLinecap='round'
              strokeLinejoin='round'
            >
              {tab.icon}
            </svg>
            <span className='sy-tabbar-h5__label'>{tab.text}</span>
          </a>
        )
      })}
    </nav>,
    container,
  )
}

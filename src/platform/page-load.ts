import { HOME_PATH } from '@/domain/routes'
import { COLOURS } from '@/styles/design'
import { notify } from './feedback'

/** What webpack rejects with when a page's script or stylesheet file could not be fetched. */
function isChunkFailure(reason: unknown): boolean {
  if (!reason || typeof reason !== 'object') return false
  const { name, code, message } = reason as { name?: unknown; code?: unknown; message?: unknown }
  if (name === 'ChunkLoadError' || code === 'CSS_CHUNK_LOAD_FAILED') return true
  return typeof message === 'string' && /^Loading (CSS )?chunk \S+ failed/.test(message)
}

export const PAGE_FAILED_NOTICE = '页面打开失败，请检查网络后再试'
const OFFLINE_TITLE = '暂时打不开这一页'
const OFFLINE_TEXT = '网络不通，这一页没能载入。请检查网络后点“重试”；也可以先回到首页。'

/** A page of Taro's H5 route table: `load` fetches its files (the module promise comes first). */
interface H5Route {
  path: string
  load?: (...args: unknown[]) => unknown
}

/**
 * H5: fetches the files of the page `url` opens, before the router is asked to open it, so that with no signal
 * the tap fails where it was made: no history entry is added for a page that never showed (the phone's back
 * would return to it first), and the caller says what happened. The promise resolves false only when the files
 * could not be fetched. Undefined (nothing to wait for) on weapp, which downloads its packages itself, and where
 * there is no H5 route table or no such page (Taro's router then reports it).
 */
export function fetchPageFiles(url: string): Promise<boolean> | undefined {
  if (process.env.TARO_ENV !== 'h5' || typeof window === 'undefined') return undefined
  const config = (window as unknown as { __taroAppConfig?: { routes?: H5Route[] } }).__taroAppConfig
  const path = (url.split('?')[0] ?? '').replace(/^\//, '')
  const load = config?.routes?.find((r) => r.path === path)?.load
  if (!load) return undefined
  return Promise.resolve()
    .then(() => {
      const loaded = load({}, {})
      return Array.isArray(loaded) ? loaded[0] : loaded
    })
    .then(
      () => true,
      (error: unknown) => !isChunkFailure(error),
    )
}

/** Whether Taro's router shows a page (its container holds one), i.e. the failure was a tap away from it. */
function pageShown(): boolean {
  return document.querySelector('.taro_page') !== null
}

function button(label: string, primary: boolean, onClick: () => void): HTMLButtonElement {
  const b = document.createElement('button')
  b.type = 'button'
  b.textContent = label
  Object.assign(b.style, {
    minHeight: '48px',
    minWidth: '120px',
    margin: '8px',
    padding: '0 20px',
    fontSize: '18px',
    borderRadius: '8px',
    border: `1px solid ${COLOURS.primary}`,
    background: primary ? COLOURS.primary : COLOURS.surface,
    color: primary ? COLOURS.surface : COLOURS.primaryDark,
  })
  b.addEventListener('click', onClick)
  return b
}

/**
 * A link opened cold whose page could not be fetched: Taro's router has nothing to show, so a plain page says
 * so (drawn without the app's scripts or styles, which are what failed), with 重试 and 回到首页.
 */
function showOfflinePage(): void {
  if (document.getElementById('sy-offline')) return
  const box = document.createElement('div')
  box.id = 'sy-offline'
  box.setAttribute('role', 'alert')
  Object.assign(box.style, {
    position: 'fixed',
    // Four sides rather than \`inset\`, which Safari before 14.1 and Chrome before 87 do not know.
    top: '0',
    right: '0',
    bottom: '0',
    left: '0',
    zIndex: '10000',
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    justifyContent: 'center',
    padding: '24px',
    background: COLOURS.bg,
    color: COLOURS.text,
    textAlign: 'center',
    fontSize: '18px',
    lineHeight: '1.6',
  })
  const title = document.createElement('h1')
  title.textContent = OFFLINE_TITLE
  Object.assign(title.style, { fontSize: '22px', margin: '0 0 12px' })
  const text = document.createElement('p')
  text.textContent = OFFLINE_TEXT
  Object.assign(text.style, { margin: '0 0 16px', maxWidth: '30em' })
  const row = document.createElement('div')
  row.append(
    button('重试', true, () => window.location.reload()),
    button('回到首页', false, () => {
      window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}#${HOME_PATH}`)
      window.location.reload()
    }),
  )
  box.append(title, text, row)
  document.body.append(box)
}

/**
 * H5: each page's code comes in files of its own, fetched when the page is first opened. With no signal that
 * fetch fails inside Taro's router, which leaves the page it was on (a tap seemed to do nothing) or, for a link
 * opened cold, shows nothing at all. This says what happened: after a tap a calm notice (a second tap tries
 * again), on a cold link a plain page with 重试 and 回到首页. weapp downloads its page packages itself and fails
 * navigateTo instead (platform/nav says so there).
 */
export function watchPageLoads(): void {
  if (process.env.TARO_ENV !== 'h5' || typeof window === 'undefined') return
  window.addEventListener('unhandledrejection', (event) => {
    if (!isChunkFailure(event.reason)) return
    event.preventDefault()
    if (pageShown()) notify(PAGE_FAILED_NOTICE)
    else {
      removeBootNote()
      showOfflinePage()
    }
  })
  removeBootNoteWhenAPageShows()
}

/** index.html's 正在打开智慧双阳… stands in for the app until its first page is there. */
function removeBootNote(): void {
  document.getElementById('sy-boot')?.remove()
}

function removeBootNoteWhenAPageShows(): void {
  if (!document.getElementById('sy-boot')) return
  if (pageShown()) return removeBootNote()
  const watcher = new MutationObserver(() => {
    if (!pageShown()) return
    removeBootNote()
    watcher.disconnect()
  })
  watcher.observe(document.body, { childList: true, subtree: true })
}

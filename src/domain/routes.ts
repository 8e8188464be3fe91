import type { Domain } from '@/content/schema'

/** The public routes: QR codes and share links point at these, so they never change. */
export const HOME_PATH = '/pages/index/index'
export const SEARCH_PATH = '/pages/search/index'
export const MINE_PATH = '/pages/mine/index'
/** H5 only: where an address the app does not know lands (weapp goes home instead). */
export const NOT_FOUND_PATH = '/pages/not-found/index'
export const TAB_PATHS = [HOME_PATH, SEARCH_PATH, MINE_PATH] as const

/** What home (and 我的, which has nothing of its own to share) send to a chat. */
export const HOME_SHARE = { title: '智慧双阳：民生实事、岗位、活动、景点、政策一处查', path: HOME_PATH } as const

export function listPath(domain: Domain): string {
  return `/packages/${domain}/pages/list/index`
}

/**
 * A list route carrying its filters (share links, deep links). Empty values
 * are left out, `true` is written as 1, the order is the caller's.
 */
export function listPathWith(
  domain: Domain,
  filters: ReadonlyArray<readonly [string, string | number | boolean | undefined]>,
): string {
  const query = filters
    .filter(([, v]) => v !== undefined && v !== '' && v !== false)
    .map(([k, v]) => `${k}=${encodeURIComponent(v === true ? '1' : String(v))}`)
    .join('&')
  return query ? `${listPath(domain)}?${query}` : listPath(domain)
}

export function detailPath(domain: Domain, id: string): string {
  return `/packages/${domain}/pages/detail/index?id=${encodeURIComponent(id)}`
}

export function searchPathFor(query: string): string {
  return `${SEARCH_PATH}?q=${encodeURIComponent(query)}`
}

export function isTabPath(path: string): boolean {
  const bare = `/${path.replace(/^\//, '').split('?')[0]}`
  return (TAB_PATHS as readonly string[]).includes(bare)
}

/** A query value from a page URL: decoded once, trimmed, never throws on bad escapes. */
export function queryParam(value: unknown): string {
  if (typeof value !== 'string') return ''
  try {
    return decodeURIComponent(value).trim()
  } catch {
    return value.trim()
  }
}

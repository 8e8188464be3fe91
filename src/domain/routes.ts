import type { Domain } from '@/content/schema'

/** The public routes: QR codes and share links point at these, so they never change. */
export const HOME_PATH = '/pages/index/index'
export const SEARCH_PATH = '/pages/search/index'
export const MINE_PATH = '/pages/mine/index'
export const TAB_PATHS = [HOME_PATH, SEARCH_PATH, MINE_PATH] as const

export function listPath(domain: Domain): string {
  return `/packages/${domain}/pages/list/index`
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

import { useRouter } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import { queryParam } from '@/domain/routes'
import { IS_H5 } from '@/platform/env'

/** A decoded, trimmed parameter of the page URL ('' when missing or odd). */
export function useQueryParam(name: string): string {
  const router = useRouter()
  return queryParam((router.params as Record<string, unknown>)[name])
}

/** The raw value of `name` in a hash route's query (`#/pages/search/index?q=…`), or undefined. */
function hashParam(hash: string, path: string, name: string): string | undefined {
  const [hashPath = '', query = ''] = hash.replace(/^#/, '').split('?')
  if (hashPath.replace(/^\/+/, '') !== path.replace(/^\/+/, '')) return undefined
  for (const pair of query.split('&')) {
    const at = pair.indexOf('=')
    if (at > 0 && pair.slice(0, at) === name) return pair.slice(at + 1).replace(/\+/g, ' ')
  }
  return ''
}

/**
 * useQueryParam for a tab page, which stays alive: on H5 a second link to it (?q=医保 after ?q=看病) changes only
 * the address, and Taro's router keeps the page's first parameters. This follows the address while the page is
 * the one shown. (weapp opens a tab page without a query: its links go through the page's own state.)
 */
export function useLiveQueryParam(name: string): string {
  const router = useRouter()
  const first = queryParam((router.params as Record<string, unknown>)[name])
  const [value, setValue] = useState(first)
  const path = (router.path ?? '').split('?')[0] ?? ''
  useEffect(() => {
    if (!IS_H5 || typeof window === 'undefined') return undefined
    const follow = () => {
      const raw = hashParam(window.location.hash, path, name)
      if (raw !== undefined) setValue(queryParam(raw))
    }
    window.addEventListener('hashchange', follow)
    return () => window.removeEventListener('hashchange', follow)
  }, [name, path])
  return value
}

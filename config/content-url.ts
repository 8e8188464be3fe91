/**
 * TARO_APP_CONTENT_URL, checked before a build starts. The app fetches its packs from it and the H5 build's CSP
 * allows exactly its origin; WeChat only calls HTTPS hosts, and a pack over plain HTTP could be replaced on the
 * way. A value that is not an absolute https:// address fails the build instead of building an app that never
 * updates (and a CSP whose connect-src names nothing).
 */
export function contentUrlProblem(value: string | undefined): string | null {
  if (value === undefined || value === '') return null
  const shown = JSON.stringify(value)
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return `TARO_APP_CONTENT_URL=${shown} is not an absolute address; give the pack's https:// URL, e.g. https://cdn.example.com/shuangyang/pack.json`
  }
  if (url.protocol !== 'https:') {
    return `TARO_APP_CONTENT_URL=${shown} must start with https:// (WeChat only calls HTTPS hosts, and a pack over plain HTTP can be replaced on the way)`
  }
  if (url.username || url.password) return `TARO_APP_CONTENT_URL=${shown} must not carry a user name or password`
  if (url.hash) return `TARO_APP_CONTENT_URL=${shown} must not have a #fragment`
  if (value !== value.trim() || /\s/.test(value)) return `TARO_APP_CONTENT_URL=${shown} contains spaces`
  return null
}

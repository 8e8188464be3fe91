import fs from 'node:fs'
import path from 'node:path'
import { DOMAINS, type Domain } from '@/content/schema'
import { repoRoot } from './paths'

/*
 * What each public route must show, in one place for both the weapp harness
 * and the H5 journeys. Page authors: when a page lands, add the text a user
 * must see on it here (headings, labels, empty states), not layout details.
 */

export { DOMAINS, type Domain }

export const HOME_ROUTE = 'pages/index/index'
export const SEARCH_ROUTE = 'pages/search/index'
export const MINE_ROUTE = 'pages/mine/index'

export const listRoute = (domain: Domain): string => `packages/${domain}/pages/list/index`
export const detailRoute = (domain: Domain): string => `packages/${domain}/pages/detail/index`

/** A not-found page must say so and offer a way home. */
export const NOT_FOUND_TEXT = ['未找到', '回到首页']

/** An id that no content pack will ever use. */
export const UNKNOWN_ID = 'no-such-record-zz9'

/** Text every plain open of a route must show (add to these as pages land). */
export const ROUTE_TEXT: Record<string, string[]> = {
  [HOME_ROUTE]: ['智慧双阳', '长辈版', '民生实事'],
  [SEARCH_ROUTE]: ['大家常搜'],
  [MINE_ROUTE]: ['我的收藏', '便民热线', '隐私说明'],
  [listRoute('livelihood')]: ['2022年工作总结怎么说', '演示计划（虚构）'],
  [listRoute('policies')]: ['惠民政策', '我能申请吗？'],
  [listRoute('jobs')]: ['个岗位'],
  [listRoute('events')]: ['即将开始'],
  [listRoute('attractions')]: ['个景点'],
  [detailRoute('livelihood')]: ['总结怎么说', '2022年 · 加速推进', '来源'],
  [detailRoute('policies')]: ['谁能申请', '要带什么', '去哪里办'],
  [detailRoute('jobs')]: ['岗位职责'],
  [detailRoute('events')]: ['时间地点'],
  [detailRoute('attractions')]: ['开放时间'],
}

export interface ContentRecord {
  id: string
  title: string
}

/** The records of a domain as shipped in src/content/<domain>.json (id and the title people see). */
export function contentRecords(domain: Domain): ContentRecord[] {
  const file = path.join(repoRoot, 'src', 'content', `${domain}.json`)
  const raw = JSON.parse(fs.readFileSync(file, 'utf8')) as Array<{ id?: unknown; title?: unknown; name?: unknown }>
  return raw
    .filter((r) => typeof r.id === 'string')
    .map((r) => ({ id: String(r.id), title: String(r.title ?? r.name ?? r.id) }))
}

export function firstRecord(domain: Domain): ContentRecord | undefined {
  return contentRecords(domain)[0]
}

/** Why a real-id case cannot run yet: said out loud in the test, never skipped silently. */
export function noRecordsMessage(domain: Domain): string {
  return `src/content/${domain}.json has no records, so ${detailRoute(domain)} cannot be proven with a real id`
}

export interface RouteCase {
  name: string
  route: string
  query: Record<string, string>
  expect: string[]
  /** Set when the case cannot run (empty content): the test fails with this message. */
  missing?: string
}

/** Every route a user can reach, with the text each must show. */
export function routeCases(): RouteCase[] {
  const cases: RouteCase[] = [
    { name: 'home', route: HOME_ROUTE, query: {}, expect: ROUTE_TEXT[HOME_ROUTE] ?? [] },
    { name: 'search', route: SEARCH_ROUTE, query: {}, expect: ROUTE_TEXT[SEARCH_ROUTE] ?? [] },
    { name: 'mine', route: MINE_ROUTE, query: {}, expect: ROUTE_TEXT[MINE_ROUTE] ?? [] },
  ]
  for (const domain of DOMAINS) {
    const first = firstRecord(domain)
    const list = listRoute(domain)
    const detail = detailRoute(domain)
    cases.push({
      name: `${domain} list`,
      route: list,
      query: {},
      expect: [...(ROUTE_TEXT[list] ?? []), ...(first ? [first.title] : [])],
    })
    cases.push({
      name: `${domain} detail with a real id (${first?.id ?? 'no records yet'})`,
      route: detail,
      query: first ? { id: first.id } : {},
      expect: [...(ROUTE_TEXT[detail] ?? []), ...(first ? [first.title] : [])],
      missing: first ? undefined : noRecordsMessage(domain),
    })
    cases.push({
      name: `${domain} detail with an unknown id`,
      route: detail,
      query: { id: UNKNOWN_ID },
      expect: NOT_FOUND_TEXT,
    })
    cases.push({ name: `${domain} detail with no id`, route: detail, query: {}, expect: NOT_FOUND_TEXT })
  }
  return cases
}

/** `packages/jobs/pages/detail/index` + `{ id }` → `packages/jobs/pages/detail/index?id=…` */
export function withQuery(route: string, query: Record<string, string>): string {
  const qs = new URLSearchParams(query).toString()
  return qs ? `${route}?${qs}` : route
}

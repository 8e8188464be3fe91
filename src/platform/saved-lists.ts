import { favouritesShape } from '@/domain/favourites'
import { recentSearchesShape } from '@/domain/search/recent'
import { createPersistentStore } from './persistent-store'
import { STORAGE_KEYS } from './stores'

/*
 * The two lists kept on the device that only some pages show: 收藏 (detail pages, 我的) and recent searches
 * (搜索). Created here, once, beside stores.ts rather than in it, so that home's first load does not carry their
 * shapes and checks (the favourites' record rules, search's words) for lists it never reads.
 */

export const favouritesStore = createPersistentStore({
  key: STORAGE_KEYS.favourites,
  shape: favouritesShape,
  damaged: '收藏数据有损坏，已恢复能读取的部分',
})

export const recentSearchesStore = createPersistentStore({
  key: STORAGE_KEYS.recentSearches,
  shape: recentSearchesShape,
  damaged: '搜索记录有损坏，已清理',
})

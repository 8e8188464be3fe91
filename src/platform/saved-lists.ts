import { favouritesShape } from '@/domain/favourites'
import { createPersistentStore } from './persistent-store'
import { STORAGE_KEYS } from './stores'

/*
 * The lists kept on the device that only some pages show: 收藏 (detail pages, 我的) here, recent searches (搜索)
 * in recent-searches.ts. Created beside stores.ts rather than in it, and apart from each other, so that a page
 * carries only the shapes and checks of the list it reads: home neither (the favourites' record rules, search's
 * words), a detail page not search's words and query rules.
 */

export const favouritesStore = createPersistentStore({
  key: STORAGE_KEYS.favourites,
  shape: favouritesShape,
  damaged: '收藏数据有损坏，已恢复能读取的部分',
})

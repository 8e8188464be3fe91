import { recentSearchesShape } from '@/domain/search/recent'
import { createPersistentStore } from './persistent-store'
import { STORAGE_KEYS } from './stores'

/* Recent searches, kept on the device and shown by 搜索 only (see saved-lists.ts for why apart). */

export const recentSearchesStore = createPersistentStore({
  key: STORAGE_KEYS.recentSearches,
  shape: recentSearchesShape,
  damaged: '搜索记录有损坏，已清理',
})

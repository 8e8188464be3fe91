import { useShareAppMessage, useShareTimeline } from '@tarojs/taro'

export interface ShareTarget {
  title: string
  /** Page path with its query, e.g. /packages/jobs/pages/detail/index?id=x */
  path: string
}

/**
 * Share to chat (title + path) and to moments (query only: moments open the
 * page in single-page mode). A page offers what its page config enables:
 * enableShareAppMessage on every page worth sharing; enableShareTimeline only
 * on content (detail) pages, because a navigation page (home, search, lists)
 * opened from moments could not navigate anywhere.
 */
export function useSharing(target: ShareTarget | undefined): void {
  useShareAppMessage(() => ({ title: target?.title ?? '智慧双阳', path: target?.path ?? '/pages/index/index' }))
  useShareTimeline(() => ({ title: target?.title ?? '智慧双阳', query: target?.path.split('?')[1] ?? '' }))
}

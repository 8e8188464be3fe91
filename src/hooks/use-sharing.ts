import { useShareAppMessage, useShareTimeline } from '@tarojs/taro'

export interface ShareTarget {
  title: string
  /** Page path with its query, e.g. /packages/jobs/pages/detail/index?id=x */
  path: string
}

/**
 * Share to chat (title + path) and to moments (query only: moments open the
 * page in single-page mode). Pages using this need enableShareAppMessage and
 * enableShareTimeline in their page config.
 */
export function useSharing(target: ShareTarget | undefined): void {
  useShareAppMessage(() => ({ title: target?.title ?? '智慧双阳', path: target?.path ?? '/pages/index/index' }))
  useShareTimeline(() => ({ title: target?.title ?? '智慧双阳', query: target?.path.split('?')[1] ?? '' }))
}

import type { Domain } from '@/content/schema'
import { useFavourites } from '@/hooks/use-favourites'
import { useSinglePageMode } from '@/hooks/use-single-page'
import { savedMessage } from '@/hooks/use-store'
import { notify } from '@/platform/feedback'
import { ActionButton } from '@/components/action-button'

export interface FavouriteButtonProps {
  domain: Domain
  id: string
  title: string
}

export function FavouriteButton({ domain, id, title }: FavouriteButtonProps) {
  const { has, toggle } = useFavourites()
  // Single-page mode (moments) keeps storage apart from the mini-program: a favourite there would be lost.
  const singlePage = useSinglePageMode()
  const saved = has(domain, id)
  if (singlePage) return null
  return (
    <ActionButton
      primary={!saved}
      label={saved ? '已收藏' : '收藏'}
      onTap={() => {
        const { saved: now, outcome } = toggle({ domain, id, title })
        // One message, after the write: it says whether the device kept the change.
        notify(
          now
            ? savedMessage(outcome, '已收藏，可在“我的”里找到', '收藏')
            : savedMessage(outcome, '已取消收藏', '取消收藏'),
        )
      }}
    />
  )
}

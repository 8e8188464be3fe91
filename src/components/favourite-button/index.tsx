import type { Domain } from '@/content/schema'
import { useFavourites } from '@/hooks/use-favourites'
import { notify } from '@/platform/feedback'
import { ActionButton } from '@/components/action-button'

export interface FavouriteButtonProps {
  domain: Domain
  id: string
  title: string
}

export function FavouriteButton({ domain, id, title }: FavouriteButtonProps) {
  const { has, toggle } = useFavourites()
  const saved = has(domain, id)
  return (
    <ActionButton
      primary={!saved}
      label={saved ? '已收藏' : '收藏'}
      onTap={() => notify(toggle({ domain, id, title }) ? '已收藏，可在“我的”里找到' : '已取消收藏')}
    />
  )
}

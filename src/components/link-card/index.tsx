import { View } from '@tarojs/components'
import type { ReactNode } from 'react'
import { useSinglePageMode } from '@/hooks/use-single-page'
import { IS_H5 as H5 } from '@/platform/env'

export interface LinkCardProps {
  className: string
  onTap: () => void
  children: ReactNode
}

/** A whole card that opens another page: list items, related records. */
export function LinkCard({ className, onTap, children }: LinkCardProps) {
  // Single-page mode (moments) cannot open another page: the card shows its content only.
  const singlePage = useSinglePageMode()
  if (singlePage) return <View className={className}>{children}</View>
  // H5 only: a keyboard can reach and open the card (and a long, scrolling page
  // has something to focus). weapp has no keyboard; the props would only cost setData bytes.
  const keyboard = H5
    ? {
        tabIndex: 0,
        onKeyDown: (e: { key?: string }) => {
          if (e.key === 'Enter') onTap()
        },
      }
    : {}
  return (
    <View className={className} role='link' {...keyboard} onClick={onTap}>
      {children}
    </View>
  )
}

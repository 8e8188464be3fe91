import type { ReactNode } from 'react'
import { useSinglePageMode } from '@/hooks/use-single-page'

/**
 * Controls that need the full mini-program (opening another page, favourites,
 * share buttons): left out in moments' single-page mode, where WeChat would
 * only answer “请前往小程序使用完整服务”.
 */
export function FullServiceOnly({ children }: { children: ReactNode }) {
  return useSinglePageMode() ? null : <>{children}</>
}

import { useMemo } from 'react'
import { isSinglePageMode } from '@/platform/scene'

/** Whether this page runs in moments' single-page mode (fixed for the page's life). */
export function useSinglePageMode(): boolean {
  return useMemo(() => isSinglePageMode(), [])
}

import { IS_H5 as H5 } from '@/platform/env'

/**
 * The ARIA role of a tappable View: `role` on H5, `aria-role` on weapp. Only one
 * of the two is passed: on H5 an `ariaRole` prop (even undefined) replaces `role`.
 */
export function roleProps(role: string): { role?: string; ariaRole?: string } {
  return H5 ? { role } : { ariaRole: role }
}

/** H5 only: reachable with Tab and opened with Enter or Space. weapp has no keyboard focus. */
export function keyboardProps(onTap: () => void): { tabIndex?: number; onKeyDown?: (e: { key?: string }) => void } {
  if (!H5) return {}
  return {
    tabIndex: 0,
    onKeyDown: (e) => {
      if (e.key === 'Enter' || e.key === ' ') onTap()
    },
  }
}

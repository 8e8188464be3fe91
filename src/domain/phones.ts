import { FICTIONAL_PHONE_PATTERN, PUBLIC_HOTLINES } from '../content/schema'

/** What a fictional number shows instead of its digits. */
export const DEMO_PHONE_LABEL = '示例号码'

/**
 * A number invented for demo content (`0431-0000xxxx`: no Changchun line starts
 * 0000). The rule is the number itself, so it holds in any pack or edition:
 * such a number is never dialled, copied or shown as if it reached someone.
 */
export function isDemoPhone(phone: string): boolean {
  return FICTIONAL_PHONE_PATTERN.test(phone.trim())
}

export function isPublicHotline(phone: string): boolean {
  return (PUBLIC_HOTLINES as readonly string[]).includes(phone.trim())
}

/** The number as shown: its digits, or 示例号码 for a fictional one. */
export function phoneText(phone: string): string {
  return isDemoPhone(phone) ? DEMO_PHONE_LABEL : phone
}

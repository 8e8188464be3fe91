import records from '@/content/policies.json'
import type { Policy } from '@/content/schema'

/** The embedded policies records. Only the policies pages import them, so they travel with those pages (weapp subpackage, H5 chunk). */
export const embeddedPolicies = records as unknown as Policy[]

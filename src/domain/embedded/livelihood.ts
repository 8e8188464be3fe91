import records from '@/content/livelihood.json'
import type { LivelihoodItem } from '@/content/schema'

/** The embedded livelihood records. Only the livelihood pages import them, so they travel with those pages (weapp subpackage, H5 chunk). */
export const embeddedLivelihood = records as unknown as LivelihoodItem[]

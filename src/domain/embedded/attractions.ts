import records from '@/content/attractions.json'
import type { Attraction } from '@/content/schema'

/** The embedded attractions records. Only the attractions pages import them, so they travel with those pages (weapp subpackage, H5 chunk). */
export const embeddedAttractions = records as unknown as Attraction[]

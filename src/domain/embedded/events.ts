import records from '@/content/events.json'
import type { DistrictEvent } from '@/content/schema'

/** The embedded events records. Only the events pages import them, so they travel with those pages (weapp subpackage, H5 chunk). */
export const embeddedEvents = records as unknown as DistrictEvent[]

import records from '@/content/digest/list-events.json'
import type { ListRecord } from '../parts'

/**
 * The embedded events records with their list fields (src/domain/parts.ts). Only the events pages import them, so they
 * travel with those pages (weapp subpackage, H5 chunk); a detail page loads its whole record (platform/whole-parts.ts).
 */
export const embeddedEvents = records as unknown as Array<ListRecord<'events'>>

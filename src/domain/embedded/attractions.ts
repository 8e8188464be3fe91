import records from '@/content/digest/list-attractions.json'
import type { ListRecord } from '../parts'

/**
 * The embedded attractions records with their list fields (src/domain/parts.ts). Only the attractions pages import them, so they
 * travel with those pages (weapp subpackage, H5 chunk); a detail page loads its whole record (platform/whole-parts.ts).
 */
export const embeddedAttractions = records as unknown as Array<ListRecord<'attractions'>>

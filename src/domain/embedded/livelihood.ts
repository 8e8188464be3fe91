import records from '@/content/digest/list-livelihood.json'
import type { ListRecord } from '../parts'

/**
 * The embedded livelihood records with their list fields (src/domain/parts.ts). Only the livelihood pages import them, so they
 * travel with those pages (weapp subpackage, H5 chunk); a detail page loads its whole record (platform/whole-parts.ts).
 */
export const embeddedLivelihood = records as unknown as Array<ListRecord<'livelihood'>>

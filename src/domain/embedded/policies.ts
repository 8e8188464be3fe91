import records from '@/content/digest/list-policies.json'
import type { ListRecord } from '../parts'

/**
 * The embedded policies records with their list fields (src/domain/parts.ts). Only the policies pages import them, so they
 * travel with those pages (weapp subpackage, H5 chunk); a detail page loads its whole record (platform/whole-parts.ts).
 */
export const embeddedPolicies = records as unknown as Array<ListRecord<'policies'>>

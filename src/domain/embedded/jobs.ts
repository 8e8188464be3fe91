import records from '@/content/digest/list-jobs.json'
import type { ListRecord } from '../parts'

/**
 * The embedded jobs records with their list fields (src/domain/parts.ts). Only the jobs pages import them, so they
 * travel with those pages (weapp subpackage, H5 chunk); a detail page loads its whole record (platform/whole-parts.ts).
 */
export const embeddedJobs = records as unknown as Array<ListRecord<'jobs'>>

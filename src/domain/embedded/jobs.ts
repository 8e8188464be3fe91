import records from '@/content/jobs.json'
import type { Job } from '@/content/schema'

/** The embedded jobs records. Only the jobs pages import them, so they travel with those pages (weapp subpackage, H5 chunk). */
export const embeddedJobs = records as unknown as Job[]

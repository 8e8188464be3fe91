import attractions from './attractions.json'
import events from './events.json'
import figures from './figures.json'
import jobs from './jobs.json'
import livelihood from './livelihood.json'
import meta from './meta.json'
import policies from './policies.json'
import towns from './towns.json'
import type { ContentPack } from './schema'

/**
 * The embedded default content. It is validated by `npm run content:check` and
 * the content tests, not at launch, so start-up costs nothing; packs fetched
 * at run time go through validateRecords before use.
 */
export const embeddedPack = {
  ...meta,
  figures,
  towns,
  livelihood,
  jobs,
  events,
  attractions,
  policies,
} as unknown as ContentPack

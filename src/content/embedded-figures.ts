import figures from './figures.json'
import type { Figure } from './schema'

/** Home's key figures (not part of a pack: they come with the app); apart from index.ts, so home does not load every record. */
export const embeddedFigures = figures as unknown as Figure[]

import { DOMAINS } from '@/content/vocabulary'
import { partKey, WHOLE_PARTS } from '@/domain/parts'
import { needWholePart } from '@/platform/whole-parts'
import { wholeParts } from '@/platform/stores'

/**
 * Component tests of detail pages: every part of the embedded whole records in, as after the person has opened
 * each detail once, so a page renders its record at once. The loading and failing of a part are proven on the
 * builds (test/weapp/detail-parts.test.ts, test/e2e/detail-parts.test.ts).
 */
export async function loadWholeRecords(): Promise<void> {
  const keys: string[] = []
  for (const domain of DOMAINS)
    for (let part = 0; part < WHOLE_PARTS[domain]; part++) {
      needWholePart(domain, part)
      keys.push(partKey(domain, part))
    }
  for (let i = 0; i < 100 && !keys.every((k) => wholeParts.get()[k]?.records); i++)
    await new Promise((resolve) => setTimeout(resolve, 0))
  const missing = keys.filter((k) => !wholeParts.get()[k]?.records)
  if (missing.length > 0) throw new Error(`whole records not loaded: ${missing.join(', ')}`)
}

/** A record as the detail page reads it (after loadWholeRecords): a test may change a field for one case. */
export function loadedWholeRecord<T>(id: string): T {
  for (const part of Object.values(wholeParts.get())) {
    const found = part.records?.find((r) => r.id === id)
    if (found) return found as T
  }
  throw new Error(`no loaded whole record ${id}`)
}

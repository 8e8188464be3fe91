/*
 * What the app keeps on the device is untrusted: another version, another
 * app on the same H5 origin or a full disk may have left anything there.
 * Each stored value has a shape: reading keeps what fits, applies the caps, and
 * says whether the stored copy must be rewritten. The shapes pages read on
 * their first draw (settings, 收藏, recent searches) check by hand, with a
 * test per rule, rather than with valibot (2 KB gzip of every first load);
 * the content cache's manifest uses the content's own schema (stored-schemas.ts);
 * the list reader is in stored-list.ts.
 */

export interface Decoded<T> {
  value: T
  /** Something stored was damaged or foreign and was dropped: worth one calm notice. */
  recovered: boolean
  /** The stored copy differs from `value` (damage, or a cap applied): write `value` back. */
  rewrite: boolean
}

export interface StoredShape<T> {
  /** What nothing stored means. */
  empty: T
  /** Repairs parsed JSON; only called with something that was stored. */
  repair(value: unknown): Decoded<T>
}

/** Storage may hand back the JSON text we wrote, or (some backends) the value itself. */
export function decodeStored<T>(raw: unknown, shape: StoredShape<T>): Decoded<T> {
  if (raw === undefined || raw === null || raw === '') return { value: shape.empty, recovered: false, rewrite: false }
  let value = raw
  if (typeof raw === 'string') {
    try {
      value = JSON.parse(raw)
    } catch {
      return { value: shape.empty, recovered: true, rewrite: true }
    }
  }
  return shape.repair(value)
}

import { safeParse, type GenericSchema } from 'valibot'
import type { StoredShape } from './stored'

/*
 * A stored value described by a valibot schema (the content cache's manifest, whose schema is the content's
 * own). Apart from stored.ts, so that what pages read on their first draw (settings, 收藏, recent searches:
 * each checked by a small reader of its own) does not bring valibot with it.
 */

/** One value of a fixed shape; anything else is replaced by `empty`. */
export function storedValue<T>(schema: GenericSchema<unknown, T>, empty: T): StoredShape<T> {
  return {
    empty,
    repair(value) {
      const parsed = safeParse(schema, value)
      return parsed.success
        ? { value: parsed.output, recovered: false, rewrite: false }
        : { value: empty, recovered: true, rewrite: true }
    },
  }
}

import dayjs, { type Dayjs } from 'dayjs'
import utc from 'dayjs/plugin/utc'
import { CST_OFFSET_MINUTES, type DateInput } from '@/domain/date'

dayjs.extend(utc)

/**
 * A moment as a Beijing wall-clock dayjs, for the studio's own formats (its date pickers are dayjs already).
 * The app's date module does without dayjs: it was 4 KB gzip on every H5 page's first load.
 */
export function cst(input: DateInput): Dayjs {
  if (typeof input === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(input)) {
    return dayjs(`${input}T00:00:00+08:00`).utcOffset(CST_OFFSET_MINUTES)
  }
  return dayjs(input).utcOffset(CST_OFFSET_MINUTES)
}

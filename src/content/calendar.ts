// The calendar facts the content's schema checks with. Plain arithmetic, no time zone: domain/date.ts builds
// Beijing time on top of them.

export const DAY_MS = 864e5

/** Whether `YYYY-MM-DD…` names a day that exists (2026-02-30 does not); text of another shape is left to the shape check. */
export function isRealDate(value: string): boolean {
  if (!/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])/.test(value)) return true
  const [y, m, d] = value.slice(0, 10).split('-').map(Number) as [number, number, number]
  const date = new Date(Date.UTC(y, m - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
}

/** Milliseconds from one content date-time to another (NaN when either is not a date). */
export function millisBetween(from: string, to: string): number {
  return Date.parse(to) - Date.parse(from)
}

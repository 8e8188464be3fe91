/*
 * Reading a pack's raw records defensively, for the rules that span records (the record schemas report
 * wrong shapes): each record of a collection that is an object, named as the checker names it.
 */

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export function where(collection: string, record: Record<string, unknown>, index: number): string {
  return typeof record.id === 'string' && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(record.id)
    ? `${collection}/${record.id}`
    : `${collection}[${index}]`
}

export function each(
  input: Record<string, unknown>,
  collection: string,
  visit: (record: Record<string, unknown>, at: string) => void,
): void {
  const records = input[collection]
  if (!Array.isArray(records)) return
  records.forEach((record: unknown, index) => {
    if (isRecord(record)) visit(record, where(collection, record, index))
  })
}

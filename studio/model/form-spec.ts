import { toJsonSchema } from '@valibot/to-json-schema'
import type { GenericSchema } from 'valibot'
import { clockSchema, isoDateSchema, isoDateTimeSchema, monthDaySchema } from '@/content/schema'
import { partLabel } from './part-labels'

/*
 * The record form, derived from the app's own schema: valibot → JSON Schema (for its shape: fields, types,
 * lists, choices, which are optional) → one FieldSpec per field. The rules themselves are never read from
 * here: the form's messages come from validateRecords, the same check the app runs.
 */

interface JsonNode {
  type?: string
  const?: unknown
  enum?: unknown[]
  anyOf?: JsonNode[]
  oneOf?: JsonNode[]
  properties?: Record<string, JsonNode>
  required?: string[]
  items?: JsonNode
  pattern?: string
  format?: string
  maxLength?: number
  minItems?: number
  minimum?: number
  maximum?: number
}

export type ScalarKind = 'text' | 'date' | 'datetime' | 'month-day' | 'clock' | 'instant'

interface Base {
  /** The field's key in its object (the top-level field name for a record's own fields). */
  key: string
  label: string
  optional: boolean
}

export type FieldSpec =
  | (Base & { kind: ScalarKind; maxLength?: number })
  | (Base & { kind: 'id' })
  | (Base & { kind: 'reference'; target: 'towns' | 'attractions' })
  | (Base & { kind: 'number'; integer: boolean; min?: number; max?: number })
  | (Base & { kind: 'boolean' })
  | (Base & { kind: 'constant'; value: unknown })
  | (Base & { kind: 'choice'; options: unknown[] })
  | (Base & { kind: 'multi-choice'; options: unknown[]; optionLabels?: Record<string, string> })
  | (Base & { kind: 'object'; fields: FieldSpec[] })
  | (Base & { kind: 'list'; item: FieldSpec; minItems: number })
  | (Base & { kind: 'variant'; discriminator: string; options: VariantOption[] })
  | (Base & { kind: 'unsupported' })

export interface VariantOption {
  /** The discriminator values that pick this option (one for a literal, several for a picklist). */
  values: unknown[]
  fields: FieldSpec[]
}

/** Reference fields: chosen by name from another collection of the pack, never typed. */
const REFERENCES: Record<string, 'towns' | 'attractions'> = { townId: 'towns', attractionId: 'attractions' }

function jsonOf(schema: GenericSchema): JsonNode {
  return toJsonSchema(schema, { errorMode: 'ignore' }) as JsonNode
}

let patterns: Record<string, ScalarKind> | undefined

/** Date-like texts are recognised by the pattern the schema itself uses for them. */
function scalarPatterns(): Record<string, ScalarKind> {
  patterns ??= Object.fromEntries(
    (
      [
        [isoDateSchema, 'date'],
        [isoDateTimeSchema, 'datetime'],
        [monthDaySchema, 'month-day'],
        [clockSchema, 'clock'],
      ] as const
    ).map(([schema, kind]) => [jsonOf(schema).pattern ?? '', kind]),
  )
  return patterns
}

/** Labels for a record's own fields; parts inside them are named by part-labels. */
export type Labels = Record<string, string>

interface Context {
  labels: Labels
  /** The record's top-level field this node sits in ('' for the record itself). */
  top: string
}

function labelFor(key: string, ctx: Context): string {
  if (ctx.top === '') return ctx.labels[key] ?? ''
  return partLabel(ctx.top, key) ?? ''
}

function objectFields(node: JsonNode, ctx: Context): FieldSpec[] {
  const required = new Set(node.required ?? [])
  return Object.entries(node.properties ?? {}).map(([key, child]) =>
    specOf(child, key, !required.has(key), ctx.top === '' ? { ...ctx, top: key } : ctx, labelFor(key, ctx)),
  )
}

function discriminatorOf(options: JsonNode[]): string | undefined {
  const first = options[0]?.properties
  if (!first) return undefined
  return Object.keys(first).find((key) =>
    options.every((o) => {
      const p = o.properties?.[key]
      return p !== undefined && (p.const !== undefined || Array.isArray(p.enum))
    }),
  )
}

function specOf(node: JsonNode, key: string, optional: boolean, ctx: Context, label: string): FieldSpec {
  const base = { key, label, optional }
  const options = node.anyOf ?? node.oneOf
  if (options) {
    if (options.every((o) => o.const !== undefined))
      return { ...base, kind: 'choice', options: options.map((o) => o.const) }
    const discriminator = options.every((o) => o.type === 'object') ? discriminatorOf(options) : undefined
    if (!discriminator) return { ...base, kind: 'unsupported' }
    return {
      ...base,
      kind: 'variant',
      discriminator,
      options: options.map((o) => {
        const d = o.properties![discriminator]!
        return { values: d.const !== undefined ? [d.const] : d.enum!, fields: objectFields(o, ctx) }
      }),
    }
  }
  if (node.const !== undefined) return { ...base, kind: 'constant', value: node.const }
  if (Array.isArray(node.enum)) return { ...base, kind: 'choice', options: node.enum }
  switch (node.type) {
    case 'object':
      return { ...base, kind: 'object', fields: objectFields(node, ctx) }
    case 'array': {
      const items = node.items ?? {}
      if (Array.isArray(items.enum)) return { ...base, kind: 'multi-choice', options: items.enum }
      // Which fields are sample data: picked from the record's own fields by their labels, never typed as names.
      if (key === 'sampleFields') {
        const fields = Object.entries(ctx.labels).filter(([field]) => field !== 'id' && field !== 'source')
        return {
          ...base,
          kind: 'multi-choice',
          options: fields.map(([field]) => field),
          optionLabels: Object.fromEntries(fields),
        }
      }
      return { ...base, kind: 'list', item: specOf(items, key, false, ctx, label), minItems: node.minItems ?? 0 }
    }
    case 'string': {
      if (ctx.top === key && key === 'id') return { ...base, kind: 'id' }
      if (ctx.top === key && REFERENCES[key]) return { ...base, kind: 'reference', target: REFERENCES[key]! }
      const scalar = node.pattern ? scalarPatterns()[node.pattern] : undefined
      if (scalar) return { ...base, kind: scalar }
      if (node.format === 'date-time') return { ...base, kind: 'instant' }
      return { ...base, kind: 'text', maxLength: node.maxLength }
    }
    case 'integer':
    case 'number':
      return { ...base, kind: 'number', integer: node.type === 'integer', min: node.minimum, max: node.maximum }
    case 'boolean':
      return { ...base, kind: 'boolean' }
    default:
      return { ...base, kind: 'unsupported' }
  }
}

/** The form of one record: its fields in the schema's order, each with its Chinese label. */
export function recordForm(schema: GenericSchema, labels: Labels): FieldSpec {
  return specOf(jsonOf(schema), '', false, { labels, top: '' }, '')
}

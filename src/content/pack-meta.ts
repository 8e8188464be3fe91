import * as v from 'valibot'
import { isoInstantSchema, shortTextSchema, titleSchema } from './fields'

/*
 * What a pack says about itself beside its records: its edition (demo or official) and the record of its
 * publications from the content studio. schema.ts puts them in packSchema and re-exports them.
 */

/**
 * What a pack is: `demo` (the embedded content: sample data beside cited facts, and the app says so on every
 * screen) or `official` (published by the district: no sample record or sample field at all).
 */
export const EDITIONS = ['demo', 'official'] as const
export const editionSchema = v.picklist(EDITIONS, '版本类别应为演示版或正式版')

/** How many publications a pack remembers in `meta`: the latest ones, enough for a year of weekly updates. */
export const MAX_PUBLICATIONS = 60

/**
 * One publication from the content studio: which version, when, who edited and who reviewed it (先审后发: two
 * different people), and what changed in a line. Names are as the staff typed them, not verified.
 */
export const publicationSchema = v.pipe(
  v.object({
    version: v.pipe(v.number('版本号应为数字'), v.safeInteger('版本号应为正整数'), v.minValue(1, '版本号应为正整数')),
    at: isoInstantSchema,
    editor: titleSchema,
    reviewer: titleSchema,
    summary: shortTextSchema,
  }),
  v.forward(
    v.check(
      (p) => p.editor.replace(/\s+/g, '') !== p.reviewer.replace(/\s+/g, ''),
      '审核人不能是编辑人本人：先审后发，要由另一位同事审核',
    ),
    ['reviewer'],
  ),
)

/** What a pack says about itself beyond its content: the record of its publications, oldest first. */
export const metaSchema = v.object({
  publications: v.pipe(
    v.array(publicationSchema),
    v.maxLength(MAX_PUBLICATIONS, `发布记录最多保留 ${MAX_PUBLICATIONS} 条`),
  ),
})

export type Publication = v.InferOutput<typeof publicationSchema>
export type PackMeta = v.InferOutput<typeof metaSchema>

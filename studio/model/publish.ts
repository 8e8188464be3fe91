import { packFiles } from '@/content/pack-file'
import type { Problem } from '@/content/problem'
import { MAX_PUBLICATIONS, type Publication as PackPublication } from '@/content/schema'
import { cst } from './beijing'
import { changeLines, changeSummary, type RecordChange } from './changes'
import { isObject, type RawPack } from './collections'

/*
 * Publishing makes files, nothing else: pack.json and pack.version.json exactly as `npm run content:pack`
 * writes them (the same packFiles), and changes-<version>.txt for people. The version goes above every
 * version published before, so phones take it (they never take a lower one).
 */

export interface OutputFile {
  name: string
  text: string
}

/** A publication as the studio keeps it, to show the history and to roll back to. */
export interface Publication {
  version: number
  /** Beijing time, as the pack's updatedAt. */
  at: string
  editor: string
  reviewer: string
  summary: string
  packText: string
}

export type PublishResult =
  { ok: true; files: OutputFile[]; publication: Publication } | { ok: false; problems: Problem[] }

/** The publications a pack records in its meta (an older pack has none). */
export function publicationsOf(pack: RawPack): PackPublication[] {
  const meta = pack.meta
  if (!isObject(meta) || !Array.isArray(meta.publications)) return []
  return meta.publications.filter(
    (p): p is PackPublication => isObject(p) && typeof p.version === 'number' && Number.isFinite(p.version),
  )
}

/** Same person, whatever the spacing: 张 三 and 张三 are one name. */
function sameName(a: string, b: string): boolean {
  const norm = (s: string) => s.replace(/\s+/g, '').normalize('NFKC')
  return norm(a) === norm(b)
}

/** Why this reviewer may not approve (先审后发: someone other than the editor), or undefined. */
export function reviewRefusal(editor: string, reviewer: string): string | undefined {
  if (!editor.trim()) return '请先在页面上方填写编辑人姓名'
  if (!reviewer.trim()) return '请填写审核人姓名'
  if (sameName(editor, reviewer)) return '审核人不能是编辑人本人：先审后发，要由另一位同事审核'
  return undefined
}

export interface PublishInput {
  draft: RawPack
  /** The pack phones have now (the change list's base): its publication record carries on. */
  published?: RawPack
  /** The highest version published so far (the opened pack's, or a later one this studio published). */
  publishedVersion: number
  editor: string
  reviewer: string
  changes: readonly RecordChange[]
  now: number
}

export function publish({
  draft,
  published,
  publishedVersion,
  editor,
  reviewer,
  changes,
  now,
}: PublishInput): PublishResult {
  const draftVersion = typeof draft.version === 'number' ? draft.version : 0
  const version = Math.max(publishedVersion, draftVersion) + 1
  const at = cst(now).format('YYYY-MM-DDTHH:mm:ssZ')
  const summary = changeSummary(changes)
  // The pack carries its own record of publications: the earlier ones it already holds, and this one.
  const entry = { version, at, editor: editor.trim(), reviewer: reviewer.trim(), summary }
  // The record goes on from the pack phones have and the draft's own (one entry per version), then this one.
  const earlier = new Map<number, PackPublication>()
  for (const p of [...(published ? publicationsOf(published) : []), ...publicationsOf(draft)])
    if (p.version < version) earlier.set(p.version, p)
  const ordered = [...earlier.values()].sort((a, b) => a.version - b.version)
  const meta = { publications: [...ordered, entry].slice(-MAX_PUBLICATIONS) }
  const files = packFiles({ ...draft, version, updatedAt: at, meta })
  if (!files.ok) return files
  const text = [
    `智慧双阳内容包 第 ${version} 版 更改清单`,
    `发布时间：${cst(now).format('YYYY年M月D日 HH:mm')}（北京时间）`,
    `编辑人：${editor.trim()}　审核人：${reviewer.trim()}（姓名由本人填写，编辑台不核实身份）`,
    `概要：${summary}`,
    '',
    ...changeLines(changes),
    '',
    '上传顺序：先上传 pack.json，再上传 pack.version.json。',
    '',
  ].join('\n')
  return {
    ok: true,
    files: [
      { name: 'pack.json', text: files.packText },
      { name: 'pack.version.json', text: files.versionText },
      { name: `changes-${version}.txt`, text },
    ],
    publication: { ...entry, packText: files.packText },
  }
}

import { parsePackText } from '@/content/validate'
import { isObject, PACK_COLLECTIONS, recordsOf, type RawPack } from './collections'
import type { Draft } from './draft-store'

/*
 * Opening a pack: whatever it holds is kept as it is, valid or not (the checker then lists its problems and
 * the editor fixes them); only text that is no pack at all (not JSON, too large) cannot be opened.
 */

export type Opened = { ok: true; draft: Draft } | { ok: false; message: string }

function publishedIds(pack: RawPack): Record<string, string[]> {
  return Object.fromEntries(
    PACK_COLLECTIONS.map((c) => [
      c,
      recordsOf(pack, c)
        .filter(isObject)
        .map((r) => r.id)
        .filter((id): id is string => typeof id === 'string'),
    ]),
  )
}

/** A draft of a published pack: the pack is the base of the change list, its ids are frozen. */
export function draftOf(pack: RawPack, openedFrom: string, editor = ''): Draft {
  const copy = JSON.parse(JSON.stringify(pack)) as RawPack
  return {
    pack: copy,
    base: JSON.parse(JSON.stringify(pack)) as RawPack,
    publishedVersion: typeof pack.version === 'number' && Number.isSafeInteger(pack.version) ? pack.version : 0,
    publishedIds: publishedIds(pack),
    editor,
    openedFrom,
  }
}

/** A pack file's text as a draft, or why it cannot be opened. */
export function openPackText(text: string, openedFrom: string, editor = ''): Opened {
  const read = parsePackText(text)
  if (!read.ok) return { ok: false, message: `打不开「${openedFrom}」：${read.problem.message}` }
  if (!isObject(read.input)) return { ok: false, message: `打不开「${openedFrom}」：内容包应为 JSON 对象` }
  return { ok: true, draft: draftOf(read.input, openedFrom, editor) }
}

/** After publishing: the published pack becomes the base, every id in it frozen. */
export function afterPublish(draft: Draft, packText: string, version: number): Draft {
  const pack = JSON.parse(packText) as RawPack
  return { ...draftOf(pack, draft.openedFrom, draft.editor), publishedVersion: version }
}

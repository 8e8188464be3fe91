import { createStore, get, set, type UseStore } from 'idb-keyval'
import type { RawPack } from './collections'
import type { Publication } from './publish'

/*
 * Drafts live in the browser (IndexedDB): saved as the editor types, there after a reload or a restart.
 * A failed write is said plainly and never reported as saved; export to a file works all the same.
 */

export interface Approval {
  reviewer: string
  /** What was approved: an edit afterwards needs a new review. */
  fingerprint: string
}

export interface Draft {
  pack: RawPack
  /** The published pack the draft started from, for the change list; undefined for a new pack. */
  base?: RawPack
  /** The highest version known to be published. */
  publishedVersion: number
  /** Per collection, the ids that are published (frozen: links and favourites point at them). */
  publishedIds: Record<string, string[]>
  editor: string
  approval?: Approval
  /** Where it was opened from, in words: 内置内容包, a file name, a URL. */
  openedFrom: string
}

export type SaveOutcome = { ok: true } | { ok: false; message: string }

export const STORAGE_FAILED =
  '草稿没能保存到这台电脑的浏览器里（存储空间已满或浏览器不允许保存）。已输入的内容还在页面上，请点「导出草稿」把它存成文件。'

let store: UseStore | undefined
function db(): UseStore {
  store ??= createStore('sy-studio', 'drafts')
  return store
}

export async function loadDraft(): Promise<Draft | undefined> {
  return (await get<Draft>('draft', db())) ?? undefined
}

export async function saveDraft(draft: Draft): Promise<SaveOutcome> {
  try {
    await set('draft', draft, db())
    return { ok: true }
  } catch {
    return { ok: false, message: STORAGE_FAILED }
  }
}

export async function loadHistory(): Promise<Publication[]> {
  return (await get<Publication[]>('published', db())) ?? []
}

export async function addToHistory(publication: Publication): Promise<SaveOutcome> {
  try {
    const history = await loadHistory()
    await set('published', [publication, ...history.filter((p) => p.version !== publication.version)], db())
    return { ok: true }
  } catch {
    return {
      ok: false,
      message: '已发布的版本没能记在浏览器里；发布的文件已经下载，请妥善保存 pack.json 以便日后恢复。',
    }
  }
}

/** The draft as a file for a reviewer on another machine (and the way out when storage fails). */
export function draftFileText(draft: Draft): string {
  return `${JSON.stringify({ format: 'sy-studio-draft', version: 1, draft }, null, 2)}\n`
}

/** A draft file read back, or a message saying why it is not one. */
export function readDraftFile(text: string): { ok: true; draft: Draft } | { ok: false; message: string } {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    return { ok: false, message: '这个文件不是编辑台导出的草稿（无法读取）' }
  }
  const d = data as { format?: unknown; draft?: Draft }
  if (
    d?.format !== 'sy-studio-draft' ||
    typeof d.draft !== 'object' ||
    d.draft === null ||
    typeof d.draft.pack !== 'object'
  )
    return { ok: false, message: '这个文件不是编辑台导出的草稿' }
  return { ok: true, draft: d.draft }
}

/**
 * Tells when another tab of the studio is open on this browser's draft: both would write the same draft.
 * `onOther` is called in each tab that sees another.
 */
export function watchOtherTabs(onOther: () => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined
  const channel = new BroadcastChannel('sy-studio-draft')
  channel.onmessage = (event: MessageEvent) => {
    if (event.data === 'hello') channel.postMessage('here')
    if (event.data === 'hello' || event.data === 'here') onOther()
  }
  channel.postMessage('hello')
  return () => channel.close()
}

import type { ContentPack } from '@/content/schema'
import {
  MAX_CHUNKS,
  makeManifest,
  otherSlot,
  parseManifest,
  splitIntoChunks,
  utf8Bytes,
  type CacheManifest,
} from '@/domain/content-update'
import { readStored, removeStored, writeStoredText } from './storage'

/*
 * The accepted content pack on the device, as chunks plus a manifest.
 * Chunks are written first and the manifest last, into the slot the current
 * manifest does not use: a crash at any point leaves either the old pack or
 * the new one whole, never a manifest pointing at missing chunks.
 */

export const CONTENT_CACHE_KEYS = {
  manifest: 'sy.content.manifest.v1',
  chunk: (slot: 'a' | 'b', index: number) => `sy.content.chunk.v1.${slot}.${index}`,
} as const

export type CachedPack =
  | { state: 'none' }
  /** A manifest that cannot be read, or a chunk it names that is missing. */
  | { state: 'corrupt' }
  | { state: 'found'; manifest: CacheManifest; text: string }

/** The cached pack's manifest and joined text, as stored; deciding whether to use it is not done here. */
export function readCachedPack(): CachedPack {
  const raw = readStored(CONTENT_CACHE_KEYS.manifest)
  if (raw === undefined) return { state: 'none' }
  const manifest = parseManifest(raw)
  if (!manifest) return { state: 'corrupt' }
  const parts: string[] = []
  for (let i = 0; i < manifest.chunks; i++) {
    const part = readStored(CONTENT_CACHE_KEYS.chunk(manifest.slot, i))
    if (typeof part !== 'string') return { state: 'corrupt' }
    parts.push(part)
  }
  return { state: 'found', manifest, text: parts.join('') }
}

function removeSlot(slot: 'a' | 'b', from = 0): void {
  for (let i = from; i < MAX_CHUNKS; i++) removeStored(CONTENT_CACHE_KEYS.chunk(slot, i))
}

export interface SaveResult {
  saved: boolean
  /** UTF-8 bytes of each chunk as written (for tests and diagnostics). */
  chunkBytes: number[]
}

/**
 * Caches an accepted pack's text. When the device refuses (quota), the
 * partial chunks are removed and the previous cache stays as it was.
 */
export function saveCachedPack(text: string, pack: ContentPack): SaveResult {
  const previous = parseManifest(readStored(CONTENT_CACHE_KEYS.manifest))
  const slot = otherSlot(previous?.slot)
  const chunks = splitIntoChunks(text)
  if (chunks.length > MAX_CHUNKS) return { saved: false, chunkBytes: [] }
  // Raw strings, not writeStored: its JSON.stringify would escape every quote a second time.
  const written =
    chunks.every((chunk, i) => writeStoredText(CONTENT_CACHE_KEYS.chunk(slot, i), chunk)) &&
    writeStoredText(CONTENT_CACHE_KEYS.manifest, JSON.stringify(makeManifest(text, chunks.length, pack, slot)))
  if (!written) {
    removeSlot(slot)
    return { saved: false, chunkBytes: [] }
  }
  removeSlot(slot, chunks.length)
  removeSlot(otherSlot(slot))
  return { saved: true, chunkBytes: chunks.map(utf8Bytes) }
}

/** Forgets the cached pack: manifest first, so no reader ever sees a half-removed pack. */
export function clearCachedPack(): void {
  removeStored(CONTENT_CACHE_KEYS.manifest)
  removeSlot('a')
  removeSlot('b')
}

import {
  literal,
  maxValue,
  minValue,
  number,
  object,
  picklist,
  pipe,
  safeInteger,
  string,
  type InferOutput,
} from 'valibot'
import { SCHEMA_VERSION, type ContentPack } from '@/content/schema'
import { acceptPack, MAX_PACK_BYTES, parsePackText, utf8Bytes } from '@/content/validate'
import { decodeStored } from './stored'
import { storedValue } from './stored-schemas'

export { MAX_PACK_BYTES, utf8Bytes }

/*
 * Whether a content pack from the network or the device cache may replace the
 * content in use. Pure: the platform layer fetches and stores, this decides.
 * Every "no" is a reason code, never an exception: a failed update must leave
 * the app exactly as it was.
 */

/**
 * WeChat allows 1 MB per storage key and 10 MB in all. A cached pack is split
 * into chunks measured as their JSON-escaped UTF-8 size, the largest form any
 * storage backend may count, so every key stays far below the limit.
 */
export const CHUNK_MAX_BYTES = 512 * 1024

/** The most chunks a cached pack may have (MAX_PACK_BYTES escaped stays below this). */
export const MAX_CHUNKS = 12

export const FETCH_TIMEOUT_MS = 8000

export type RejectReason =
  | 'network'
  | 'timeout'
  | 'http-status'
  | 'not-text'
  | 'too-large'
  | 'not-json'
  | 'schema-version'
  | 'not-newer'
  | 'invalid'
  | 'corrupt-cache'

/** The last update check, for 我的 (the content in use and its origin are in the content store). */
export interface UpdateStatus {
  /** off: the build has no content URL. */
  state: 'off' | 'idle' | 'checking' | 'updated' | 'up-to-date' | 'failed'
  /** When the last check ended (ms since epoch). */
  checkedAt?: number
  /** Why the last check changed nothing; for diagnostics, never shown as an error. */
  reason?: RejectReason
}

export type PackDecision =
  { accept: true; pack: ContentPack; text: string } | { accept: false; reason: RejectReason; detail?: string }

/** Bytes one character costs once the chunk is JSON-escaped and UTF-8 encoded. */
function escapedCost(c: number): number {
  if (c === 0x22 || c === 0x5c) return 2
  if (c < 0x20) return 6
  if (c < 0x80) return 1
  if (c < 0x800) return 2
  return 3
}

/** Splits text into pieces whose JSON-escaped UTF-8 size is at most maxBytes, never inside a surrogate pair. */
export function splitIntoChunks(text: string, maxBytes: number = CHUNK_MAX_BYTES): string[] {
  const chunks: string[] = []
  // Two bytes for the quotes around a JSON string.
  const budget = maxBytes - 2
  let start = 0
  let size = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < text.length
    const cost = pair ? 4 : escapedCost(c)
    if (size + cost > budget && i > start) {
      chunks.push(text.slice(start, i))
      start = i
      size = 0
    }
    size += cost
    if (pair) i++
  }
  if (start < text.length || chunks.length === 0) chunks.push(text.slice(start))
  return chunks
}

/** FNV-1a over UTF-16 code units: cheap, and enough to tell a damaged or mixed-up cache from the one written. */
export function hashText(text: string): string {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return (h >>> 0).toString(16).padStart(8, '0')
}

const manifestSchema = object({
  format: literal(1),
  /** Chunks alternate between two slots, so the previous pack stays whole until the new manifest is written. */
  slot: picklist(['a', 'b']),
  chunks: pipe(number(), safeInteger(), minValue(1), maxValue(MAX_CHUNKS)),
  length: pipe(number(), safeInteger(), minValue(0)),
  hash: string(),
  version: pipe(number(), safeInteger()),
  updatedAt: string(),
})

/** What the manifest key says about the cached pack; written last, after every chunk. */
export type CacheManifest = InferOutput<typeof manifestSchema>

const manifestShape = storedValue<CacheManifest | undefined>(manifestSchema, undefined)

export function makeManifest(text: string, chunks: number, pack: ContentPack, slot: 'a' | 'b'): CacheManifest {
  return {
    format: 1,
    slot,
    chunks,
    length: text.length,
    hash: hashText(text),
    version: pack.version,
    updatedAt: pack.updatedAt,
  }
}

/** The manifest as stored, or undefined when it is missing, damaged or foreign. */
export function parseManifest(raw: unknown): CacheManifest | undefined {
  return decodeStored(raw, manifestShape).value
}

export function otherSlot(slot: 'a' | 'b' | undefined): 'a' | 'b' {
  return slot === 'a' ? 'b' : 'a'
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * Decides on a pack's text. Cheap checks first (size, JSON, schemaVersion,
 * version), so a pack the app already has is never validated again.
 */
export function decidePack(text: string, currentVersion: number, maxBytes: number = MAX_PACK_BYTES): PackDecision {
  const read = parsePackText(text, maxBytes)
  if (!read.ok) {
    return { accept: false, reason: read.reason === 'too-deep' ? 'invalid' : read.reason, detail: read.detail }
  }
  const input = read.input
  if (!isObject(input)) return { accept: false, reason: 'not-json' }
  if (input.schemaVersion !== SCHEMA_VERSION) {
    return { accept: false, reason: 'schema-version', detail: String(input.schemaVersion) }
  }
  if (typeof input.version !== 'number' || !(input.version > currentVersion)) {
    return { accept: false, reason: 'not-newer', detail: `${String(input.version)} ≤ ${currentVersion}` }
  }
  const result = acceptPack(input)
  if (!result.ok) return { accept: false, reason: 'invalid', detail: `${result.problems.length} problem(s)` }
  return { accept: true, pack: result.pack, text }
}

/** A network answer as the transport gives it: status and body (text, or whatever the transport parsed). */
export interface FetchedResponse {
  statusCode: number
  data: unknown
}

/** Decides on an HTTP answer: only a 200 with a text body goes on to decidePack. */
export function decideResponse(
  response: FetchedResponse,
  currentVersion: number,
  maxBytes: number = MAX_PACK_BYTES,
): PackDecision {
  if (response.statusCode !== 200) return { accept: false, reason: 'http-status', detail: String(response.statusCode) }
  let text: string
  if (typeof response.data === 'string') text = response.data
  else if (isObject(response.data)) {
    // A transport that parsed JSON on its own: measure and check it as text all the same.
    try {
      text = JSON.stringify(response.data)
    } catch {
      return { accept: false, reason: 'not-text' }
    }
  } else return { accept: false, reason: 'not-text' }
  return decidePack(text, currentVersion, maxBytes)
}

/**
 * Decides on a cached pack at launch: it must be the text the manifest
 * describes, still valid under this build's schema, and newer than the
 * embedded pack (a release may have caught up with it).
 */
export function decideCached(text: string, manifest: CacheManifest, embeddedVersion: number): PackDecision {
  if (text.length !== manifest.length || hashText(text) !== manifest.hash) {
    return { accept: false, reason: 'corrupt-cache' }
  }
  if (manifest.version <= embeddedVersion) return { accept: false, reason: 'not-newer' }
  return decidePack(text, embeddedVersion)
}

/** The most bytes a version file may have; anything larger is not one (the pack is checked instead). */
export const MAX_VERSION_FILE_BYTES = 1024

/**
 * `…/pack.json` → `…/pack.version.json`: the tiny file `npm run content:pack` writes beside the pack,
 * `{"version": N}`. Reading it first makes a check with nothing new cost a few hundred bytes instead
 * of the whole pack.
 */
export function versionUrlFor(packUrl: string): string {
  const at = packUrl.search(/[?#]/)
  const base = at < 0 ? packUrl : packUrl.slice(0, at)
  const rest = at < 0 ? '' : packUrl.slice(at)
  return `${base.endsWith('.json') ? base.slice(0, -'.json'.length) : base}.version.json${rest}`
}

/**
 * The version a version file announces, or undefined when there is none to trust (missing, an error,
 * too big, not `{"version": <positive integer>}`): then the pack itself is fetched and checked.
 */
export function announcedVersion(response: FetchedResponse): number | undefined {
  if (response.statusCode !== 200) return undefined
  let value: unknown = response.data
  if (typeof value === 'string') {
    if (utf8Bytes(value) > MAX_VERSION_FILE_BYTES) return undefined
    try {
      value = JSON.parse(value)
    } catch {
      return undefined
    }
  }
  if (!isObject(value)) return undefined
  const version = value.version
  return typeof version === 'number' && Number.isInteger(version) && version > 0 ? version : undefined
}

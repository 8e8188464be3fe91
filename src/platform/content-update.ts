import Taro from '@tarojs/taro'
import { contentStateOf, embeddedSummary, type ContentStore } from '@/domain/content-store'
import {
  announcedVersion,
  FETCH_TIMEOUT_MS,
  versionUrlFor,
  decideCached,
  decideResponse,
  type FetchedResponse,
  type PackDecision,
  type RejectReason,
} from '@/domain/content-update'
import { clearCachedPack, readCachedPack, saveCachedPack } from './content-cache'
import { contentStore, updateStatus } from './stores'

/*
 * Content updates without a release. With TARO_APP_CONTENT_URL set at build
 * time, the app restores the last accepted pack from the device at launch and
 * checks the URL once after launch; without it, it never touches the network.
 * Every failure is silent and leaves the content in use as it was.
 */

/**
 * The build's content URL. Taro inlines TARO_APP_* at build time; config/index.ts
 * defines it as '' when unset, so everything below is dropped from such a build.
 */
export const CONTENT_URL: string = process.env.TARO_APP_CONTENT_URL || ''

/** Fetches the pack's raw text, so its size is known before it is parsed. */
export type ContentTransport = (url: string, timeoutMs: number) => Promise<FetchedResponse>

/** Taro.request on both targets: wx.request on weapp, fetch on H5. */
export const taroTransport: ContentTransport = async (url, timeoutMs) => {
  const res = await Taro.request<unknown>({
    url,
    method: 'GET',
    dataType: 'text',
    responseType: 'text',
    timeout: timeoutMs,
  })
  return { statusCode: res.statusCode, data: res.data }
}

export type RestoreOutcome = 'none' | 'restored' | RejectReason

/**
 * Puts the cached pack in use, synchronously, before any page renders. A cache
 * that is damaged, invalid under this build's schema, or not newer than the
 * embedded pack is deleted, and the embedded pack stays.
 */
export function restoreCachedContent(
  store: ContentStore = contentStore,
  embeddedVersion: number = embeddedSummary.version,
): RestoreOutcome {
  try {
    const cached = readCachedPack()
    if (cached.state === 'none') return 'none'
    const decision: PackDecision =
      cached.state === 'corrupt'
        ? { accept: false, reason: 'corrupt-cache' }
        : decideCached(cached.text, cached.manifest, embeddedVersion)
    if (!decision.accept) {
      clearCachedPack()
      return decision.reason
    }
    store.set(contentStateOf(decision.pack, 'update'))
    return 'restored'
  } catch {
    return 'corrupt-cache'
  }
}

const TIMED_OUT = Symbol('timeout')

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(TIMED_OUT), ms)
  })
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer))
}

export interface CheckOptions {
  url?: string
  transport?: ContentTransport
  store?: ContentStore
  timeoutMs?: number
  now?: () => number
}

export type CheckOutcome =
  { state: 'updated'; version: number; chunkBytes: number[] } | { state: 'unchanged'; reason: RejectReason | 'off' }

/**
 * Fetches the pack once and puts it in use if it is valid as a whole and newer
 * than the content in use; then caches it for the next launch. Never throws.
 */
export async function checkForContentUpdate(options: CheckOptions = {}): Promise<CheckOutcome> {
  const {
    url = CONTENT_URL,
    transport = taroTransport,
    store = contentStore,
    timeoutMs = FETCH_TIMEOUT_MS,
    now = Date.now,
  } = options
  if (!url) return { state: 'unchanged', reason: 'off' }
  updateStatus.set({ ...updateStatus.get(), state: 'checking' })
  // The version file first: when it announces nothing newer, the pack is not downloaded at all. Without a
  // usable version file (an older host, an error), the pack itself is fetched and checked as before.
  try {
    const announced = announcedVersion(
      await withTimeout(
        Promise.resolve().then(() => transport(versionUrlFor(url), timeoutMs)),
        timeoutMs,
      ),
    )
    if (announced !== undefined && announced <= store.get().summary.version) {
      updateStatus.set({ state: 'up-to-date', checkedAt: now(), reason: 'not-newer' })
      return { state: 'unchanged', reason: 'not-newer' }
    }
  } catch {
    // No version file to go by: check the pack.
  }
  let decision: PackDecision
  try {
    const response = await withTimeout(
      Promise.resolve().then(() => transport(url, timeoutMs)),
      timeoutMs,
    )
    decision = decideResponse(response, store.get().summary.version)
  } catch (error) {
    decision = { accept: false, reason: error === TIMED_OUT ? 'timeout' : 'network' }
  }
  if (!decision.accept) {
    updateStatus.set({
      state: decision.reason === 'not-newer' ? 'up-to-date' : 'failed',
      checkedAt: now(),
      reason: decision.reason,
    })
    return { state: 'unchanged', reason: decision.reason }
  }
  store.set(contentStateOf(decision.pack, 'update'))
  let chunkBytes: number[] = []
  try {
    chunkBytes = saveCachedPack(decision.text, decision.pack).chunkBytes
  } catch {
    // Not cached: the pack is in use for this session and is fetched again next launch.
  }
  updateStatus.set({ state: 'updated', checkedAt: now() })
  return { state: 'updated', version: decision.pack.version, chunkBytes }
}

let started = false

/**
 * Called once by the app: restores the cache now and checks the URL after the
 * first screen. Does nothing at all in a build without a content URL.
 */
export function startContentUpdates(): void {
  // The build constant itself, not CONTENT_URL: minifiers fold it, and a build without a URL loses all of this.
  if (!process.env.TARO_APP_CONTENT_URL || started) return
  started = true
  restoreCachedContent()
  // A timer, so the request and the validation after it never compete with the first render.
  setTimeout(() => {
    void checkForContentUpdate()
  }, 0)
}

import Taro from '@tarojs/taro'
import { notify } from './feedback'

/** What became of a write: kept on the device, or only in memory for this session, and why. */
export type WriteOutcome = 'saved' | 'full' | 'unavailable'

/*
 * When the device gives us no storage at all (H5 privacy modes and some
 * embedded browsers throw on any use of localStorage; a broken weapp storage
 * throws on read), values live in memory for this session and the person is
 * told once. src/index.html puts a memory stand-in under window.localStorage
 * before any script runs, because a Taro dependency reads it at startup; it
 * sets __syStorage so we know nothing will be kept.
 */
const memory = new Map<string, unknown>()
let unavailable = false
let told = false

function storageMissing(): boolean {
  if (unavailable) return true
  if (process.env.TARO_ENV === 'h5' && typeof window !== 'undefined') {
    unavailable = (window as unknown as { __syStorage?: string }).__syStorage === 'memory'
  }
  return unavailable
}

function markUnavailable(): void {
  unavailable = true
  if (told) return
  told = true
  notify('这台设备不能保存数据：收藏和设置只在这次使用中有效')
}

/**
 * What readStored gives for a key the device's own reader chokes on: not JSON, so every reader of a stored value
 * takes it as damaged data and repairs that key.
 */
const UNREADABLE = '\u0000unreadable'

/*
 * A read that throws may be one key's damage, not the device's: H5's getStorageSync calls the stored object's own
 * `hasOwnProperty`, so `{"hasOwnProperty":1}` under one key throws. Drop the key and read it again: if that works,
 * storage is fine and only this key was bad.
 */
function dropUnreadable(key: string): boolean {
  try {
    Taro.removeStorageSync(key)
    return Taro.getStorageSync(key) === ''
  } catch {
    return false
  }
}

/** Raw stored value; undefined when missing or when storage is unavailable; UNREADABLE for a damaged key. */
export function readStored(key: string): unknown {
  if (memory.has(key)) return memory.get(key)
  if (storageMissing()) {
    markUnavailable()
    return undefined
  }
  try {
    const value: unknown = Taro.getStorageSync(key)
    return value === '' ? undefined : value
  } catch {
    if (dropUnreadable(key)) return UNREADABLE
    markUnavailable()
    return undefined
  }
}

function isQuotaError(error: unknown): boolean {
  const text =
    error instanceof Error ? `${error.name} ${error.message}` : String((error as { errMsg?: string })?.errMsg ?? error)
  return /quota|exceed|full|limit|max size|空间/i.test(text)
}

/** Stores JSON text. Whatever the outcome, the value is readable for the rest of this session. */
export function writeStored(key: string, value: unknown): WriteOutcome {
  if (storageMissing()) {
    markUnavailable()
    memory.set(key, JSON.stringify(value))
    return 'unavailable'
  }
  try {
    Taro.setStorageSync(key, JSON.stringify(value))
    memory.delete(key)
    return 'saved'
  } catch (error) {
    memory.set(key, JSON.stringify(value))
    return isQuotaError(error) ? 'full' : 'unavailable'
  }
}

/** Stores raw text (no JSON wrapping); true when the device kept it. */
export function writeStoredText(key: string, text: string): boolean {
  if (storageMissing()) return false
  try {
    Taro.setStorageSync(key, text)
    return true
  } catch {
    return false
  }
}

export function removeStored(key: string): void {
  memory.delete(key)
  if (storageMissing()) return
  try {
    Taro.removeStorageSync(key)
  } catch {
    // Nothing to recover: the key stays unreadable and is parsed as damaged next time.
  }
}

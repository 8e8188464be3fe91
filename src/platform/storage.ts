import Taro from '@tarojs/taro'

/** Storage keys, versioned so a future format can move on without misreading old data. */
export const STORAGE_KEYS = {
  favourites: 'sy.favourites.v1',
  settings: 'sy.settings.v1',
  recentSearches: 'sy.recent-searches.v1',
} as const

/** Raw stored value, or undefined when missing or unreadable (storage can throw on some devices). */
export function readStored(key: string): unknown {
  try {
    const value: unknown = Taro.getStorageSync(key)
    return value === '' ? undefined : value
  } catch {
    return undefined
  }
}

/** Stores JSON text; false when the device refused (quota, private mode). */
export function writeStored(key: string, value: unknown): boolean {
  try {
    Taro.setStorageSync(key, JSON.stringify(value))
    return true
  } catch {
    return false
  }
}

export function removeStored(key: string): void {
  try {
    Taro.removeStorageSync(key)
  } catch {
    // Nothing to recover: the key stays unreadable and is parsed as damaged next time.
  }
}

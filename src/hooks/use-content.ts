import { useSyncExternalStore } from 'react'
import { contentStore, type ContentState } from '@/domain/content-store'

/** The content in use: embedded, or a newer validated pack from an update. */
export function useContent(): ContentState {
  return useSyncExternalStore(contentStore.subscribe, contentStore.get, contentStore.get)
}

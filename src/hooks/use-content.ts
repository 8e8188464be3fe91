import { contentStore, type ContentState } from '@/domain/content-store'
import { useStore } from './persistent-store'

/** The content in use: embedded, or a newer validated pack from an update. */
export function useContent(): ContentState {
  return useStore(contentStore)
}

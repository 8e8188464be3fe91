import { useEffect } from 'react'
import { showStateInAddress } from '@/platform/page'

/**
 * A list's state as its route with a query (the same as its share path): on H5 it is kept in the address
 * (reload, back and a copied address open the list as it was); on weapp the share carries it.
 */
export function useStateInAddress(path: string): void {
  useEffect(() => showStateInAddress(path), [path])
}

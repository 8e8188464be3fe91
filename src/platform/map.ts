import Taro from '@tarojs/taro'
import { explain } from './feedback'
import { failureKind, mapFailureNotice } from './privacy'

export interface MapTarget {
  lat: number
  lng: number
  name: string
  /** Omitted when only the name is known. */
  address?: string
}

/** Amap's public marker page: takes GCJ-02 coordinates as they are. */
export function amapMarkerUrl(target: MapTarget): string {
  const params = `position=${target.lng},${target.lat}&name=${encodeURIComponent(target.name)}&src=zhihui-shuangyang&coordinate=gaode&callnative=1`
  return `https://uri.amap.com/marker?${params}`
}

/** Opens the place in the phone's map app (weapp: WeChat's map, which takes GCJ-02). */
export async function openMap(target: MapTarget): Promise<void> {
  if (process.env.TARO_ENV === 'h5') {
    window.open(amapMarkerUrl(target), '_blank', 'noopener')
    return
  }
  try {
    await Taro.openLocation({
      latitude: target.lat,
      longitude: target.lng,
      name: target.name,
      address: target.address,
      scale: 16,
    })
  } catch (error) {
    const place = !target.address || target.address === target.name ? target.name : `${target.name}，${target.address}`
    const notice = mapFailureNotice(failureKind(error), place)
    if (notice) await explain(notice)
  }
}

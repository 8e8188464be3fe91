import Taro from '@tarojs/taro'

/** Puts text on the clipboard; rejects with the platform's error when refused. H5 builds take clipboard.h5.ts. */
export async function writeClipboard(data: string): Promise<void> {
  await Taro.setClipboardData({ data })
}

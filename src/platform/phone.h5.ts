import Taro from '@tarojs/taro'

/*
 * H5 builds take this file instead of phone.ts. A browser dials through a tel: address (Taro's H5 makePhoneCall
 * opens one and never reports a failure), so the copy-the-number fallback could never run here; leaving it out
 * keeps the copy and privacy code out of home's first load (home offers 12345).
 */
export async function callPhone(phoneNumber: string): Promise<void> {
  try {
    await Taro.makePhoneCall({ phoneNumber })
  } catch {
    // Nothing to fall back on in a browser.
  }
}

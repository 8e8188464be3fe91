import Taro from '@tarojs/taro'

/** A short, calm notice. Never throws: a toast failing must not break the action behind it. */
export function notify(title: string): void {
  try {
    void Taro.showToast({ title, icon: 'none', duration: 2500 })
  } catch {
    // Toasts are best effort.
  }
}

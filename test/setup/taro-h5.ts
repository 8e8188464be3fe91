// The build rewrites `Taro.x` to the H5 implementation; jest does not, so
// `@tarojs/taro` is mapped here: the H5 APIs, named and on the default export.
import * as apis from '@tarojs/plugin-platform-h5/dist/runtime/apis'

const { default: base, ...named } = apis as typeof apis & { default: Record<string, unknown> }
const Taro = Object.assign(base, named)

export * from '@tarojs/plugin-platform-h5/dist/runtime/apis'
export default Taro

// Page lifecycle hooks come from the React framework plugin at build time; a
// component rendered alone in jsdom is never shown or hidden by a router.
export function useDidShow(_fn: () => void): void {}
export function useDidHide(_fn: () => void): void {}
export function useUnload(_fn: () => void): void {}
export function useReachBottom(_fn: () => void): void {}

// Stands in for @tarojs/components/dist/components where Taro's H5 router imports it: the router only draws its
// web-component tab bar when app.config's tabBar is not custom, and ours is (config/h5-tab-bar.ts).
export function defineCustomElementTaroTabbar() {}

// NutUI's ConfigProvider turns theme keys (nutuiColorPrimaryStop1) into CSS variable names with
// lodash.kebabcase, 14 KB of Unicode word splitting for ASCII camelCase keys. This does the same
// for those keys: nutuiColorPrimaryStop1 → nutui-color-primary-stop-1.
module.exports = function kebabCase(value) {
  return String(value)
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([a-zA-Z])([0-9])/g, '$1-$2')
    .toLowerCase()
}

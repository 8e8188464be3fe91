// NutUI is imported per component so only the styles of components we use are bundled.
module.exports = {
  presets: [
    [
      'taro',
      {
        framework: 'react',
        ts: true,
        compiler: 'webpack5',
        // weapp keeps import() (a chunk in a subpackage, loaded with require.async: config/async-pack.ts);
        // elsewhere the preset's default stands (H5 keeps it, Jest turns it into require).
        ...(process.env.TARO_ENV === 'weapp' && { 'dynamic-import-node': false }),
      },
    ],
  ],
  plugins: [
    [
      'import',
      {
        libraryName: '@nutui/nutui-react-taro',
        camel2DashComponentName: false,
        customName: (name) => `@nutui/nutui-react-taro/dist/es/packages/${name.toLowerCase()}`,
        style: (name) => `${name}/style/css`,
      },
      'nutui-react-taro',
    ],
  ],
}

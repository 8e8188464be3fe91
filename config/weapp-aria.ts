import path from 'node:path'
import type { IPluginContext, TaroPlatformBase } from '@tarojs/service'
import attributes from './weapp-aria.json'

/*
 * WeChat's screen reader reads `aria-label` and `aria-role` from the rendered
 * elements, but Taro's weapp templates (base.wxml) only print the attributes
 * they know, so names and roles set in the app stopped at setData. This adds
 * them to the templates of the components in weapp-aria.json and, through a
 * runtime path, to Taro's runtime, which must alias each attribute the same way.
 */
export default (ctx: IPluginContext) => {
  ctx.registerMethod({
    name: 'onSetupClose',
    fn(platform: TaroPlatformBase) {
      if (platform.platform !== 'weapp') return
      platform.template.mergeComponents(ctx, attributes)
      const runtime = path.resolve(__dirname, 'weapp-aria-runtime.js')
      platform.runtimePath = [...[platform.runtimePath].flat(), runtime]
    },
  })
}

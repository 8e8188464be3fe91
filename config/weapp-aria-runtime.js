// Bundled into the weapp app (a Taro runtime path, see weapp-aria.ts): the runtime must name the
// added attributes exactly as the templates do, or their values land in setData under keys no template reads.
import { mergeInternalComponents } from '@tarojs/shared'
import attributes from './weapp-aria.json'

mergeInternalComponents(attributes)

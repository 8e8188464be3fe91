// The app's Taro config (outputs, terser, chunks, hosting, targets): the floor differs only in its pages.
export { default } from '../../../config/index'

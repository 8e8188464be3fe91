export default definePageConfig({
  navigationBarTitleText: '智慧双阳',
  enableShareAppMessage: true,
})

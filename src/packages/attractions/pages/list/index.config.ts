export default definePageConfig({
  enableShareAppMessage: true,
  navigationBarTitleText: '景点',
})

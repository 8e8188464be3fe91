export default definePageConfig({
  enableShareAppMessage: true,
  navigationBarTitleText: '民生实事',
})

export default definePageConfig({
  enableShareAppMessage: true,
  navigationBarTitleText: '惠民政策',
})

export default definePageConfig({
  enableShareAppMessage: true,
  navigationBarTitleText: '节庆活动',
})

export default definePageConfig({
  navigationBarTitleText: '节庆活动',
})

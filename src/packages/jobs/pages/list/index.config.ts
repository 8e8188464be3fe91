export default definePageConfig({
  enableShareAppMessage: true,
  navigationBarTitleText: '就业岗位',
})

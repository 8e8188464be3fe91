export default definePageConfig({
  navigationBarTitleText: '就业岗位',
})

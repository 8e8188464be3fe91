export default definePageConfig({
  navigationBarTitleText: '民生实事',
})

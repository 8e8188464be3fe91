export default definePageConfig({
  navigationBarTitleText: 'livelihood detail',
})

export default definePageConfig({
  navigationBarTitleText: 'livelihood list',
})

export default definePageConfig({
  navigationBarTitleText: 'jobs list',
})

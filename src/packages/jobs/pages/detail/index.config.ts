export default definePageConfig({
  navigationBarTitleText: 'jobs detail',
})

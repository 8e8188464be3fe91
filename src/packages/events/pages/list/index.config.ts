export default definePageConfig({
  navigationBarTitleText: 'events list',
})

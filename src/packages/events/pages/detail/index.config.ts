export default definePageConfig({
  navigationBarTitleText: 'events detail',
})

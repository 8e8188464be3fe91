export default definePageConfig({
  navigationBarTitleText: 'attractions list',
})

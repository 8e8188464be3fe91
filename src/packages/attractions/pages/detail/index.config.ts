export default definePageConfig({
  navigationBarTitleText: 'attractions detail',
})

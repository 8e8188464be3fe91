export default definePageConfig({
  navigationBarTitleText: 'policies detail',
})

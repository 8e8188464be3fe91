export default definePageConfig({
  navigationBarTitleText: 'policies list',
})

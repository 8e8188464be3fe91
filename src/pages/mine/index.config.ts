export default definePageConfig({
  navigationBarTitleText: '智慧双阳',
})

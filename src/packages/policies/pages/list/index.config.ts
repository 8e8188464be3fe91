export default definePageConfig({
  navigationBarTitleText: '惠民政策',
})

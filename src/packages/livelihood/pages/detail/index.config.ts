export default definePageConfig({
  navigationBarTitleText: '民生实事',
  enableShareAppMessage: true,
  enableShareTimeline: true,
})

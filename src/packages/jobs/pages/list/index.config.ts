export default definePageConfig({
  // The next step of a long list is drawn well before the person reaches its end.
  onReachBottomDistance: 400,
  enableShareAppMessage: true,
  navigationBarTitleText: '就业岗位',
})

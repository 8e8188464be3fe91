export default definePageConfig({ navigationBarTitleText: '你好' })

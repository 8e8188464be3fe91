export interface Hotline {
  number: string
  name: string
  /** What to call it for, in plain words. */
  use: string
}

/** Public service lines: real national numbers, the same everywhere in China. */
export const HOTLINES: readonly Hotline[] = [
  { number: '12345', name: '政务服务便民热线', use: '办事咨询、投诉建议，什么事都可以先问这里' },
  { number: '12333', name: '人社服务热线', use: '社保、养老保险、就业、工资' },
  { number: '12348', name: '公共法律服务热线', use: '免费法律咨询' },
  { number: '12320', name: '卫生健康热线', use: '看病就医、卫生健康咨询' },
  { number: '110', name: '报警电话', use: '遇到危险、违法犯罪' },
  { number: '120', name: '急救电话', use: '突发疾病、受伤' },
  { number: '119', name: '火警电话', use: '着火、被困' },
]

/** Which build this is. The only place outside platform code may learn it (TARO_ENV is inlined at build time). */
export const IS_H5 = process.env.TARO_ENV === 'h5'
export const IS_WEAPP = process.env.TARO_ENV === 'weapp'

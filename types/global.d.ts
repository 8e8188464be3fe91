/// <reference types="@tarojs/taro" />

declare module '*.png'
declare module '*.gif'
declare module '*.jpg'
declare module '*.jpeg'
declare module '*.svg'
declare module '*.css'
declare module '*.scss'

declare namespace NodeJS {
  interface ProcessEnv {
    TARO_ENV: 'weapp' | 'h5'
    /** Optional URL of a content pack; without it the app never makes a request. */
    TARO_APP_CONTENT_URL?: string
    /** '1' when the build declares WeChat's 同声传译 plugin for read-aloud. */
    TARO_APP_WECHAT_SI?: string
  }
}

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
    /** "1" in the studio's preview build only: it takes the draft pack the studio posts. */
    TARO_APP_STUDIO_PREVIEW?: string
  }
}

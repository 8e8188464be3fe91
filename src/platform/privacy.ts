/**
 * How a failed platform call is explained. WeChat checks its privacy
 * interfaces (剪切板, 日历 …) on every call: errno 112 when the account's
 * 用户隐私保护指引 does not declare the interface, 104 when the person refused
 * the privacy popup, 103 when they refused a popup that also asked for a
 * permission; a permission switched off earlier fails with "auth deny". H5
 * browsers refuse with NotAllowedError. No Taro import: the mapping is the
 * same on both builds and tested in plain jest.
 */
export type FailureKind =
  /** The person backed out: say nothing. */
  | 'cancel'
  /** errno 112: the mini-program has not declared this interface; nothing the person can do. */
  | 'undeclared'
  /** errno 104: the privacy popup was refused; tapping again asks again. */
  | 'consent-refused'
  /** errno 103, auth deny, a switched-off system permission: only 设置 can turn it back on. */
  | 'permission-denied'
  | 'other'

interface PlatformError {
  errMsg?: unknown
  errno?: unknown
  message?: unknown
  name?: unknown
}

function errorText(error: unknown): string {
  if (typeof error === 'string') return error
  if (typeof error !== 'object' || error === null) return String(error)
  const e = error as PlatformError
  return [e.name, e.errMsg, e.message].filter((p) => typeof p === 'string').join(' ')
}

export function failureKind(error: unknown): FailureKind {
  const errno = typeof error === 'object' && error !== null ? Number((error as PlatformError).errno) : NaN
  const text = errorText(error)
  if (errno === 112 || /not declared in the privacy agreement/i.test(text)) return 'undeclared'
  if (errno === 103) return 'permission-denied'
  if (errno === 104 || /privacy permission is not authorized/i.test(text)) return 'consent-refused'
  if (/auth den|permission denied|NotAllowedError|not allowed/i.test(text)) return 'permission-denied'
  if (/cancel/i.test(text)) return 'cancel'
  return 'other'
}

/** What to show: a title, the explanation, and whether 去设置 can help. */
export interface FailureNotice {
  title: string
  content: string
  offerSettings: boolean
}

/** 复制: the text goes into the notice, so nothing the person wanted is lost. */
export function copyFailureNotice(kind: FailureKind, data: string): FailureNotice | undefined {
  const note = `请手动记下：\n${data}`
  switch (kind) {
    case 'cancel':
      return undefined
    case 'undeclared':
      return { title: '暂时不能复制', content: `本小程序还没有开通复制功能。${note}`, offerSettings: false }
    case 'consent-refused':
      return {
        title: '需要先同意隐私说明',
        content: `复制前需要您同意本小程序的隐私说明，再点一次即可。也可以${note}`,
        offerSettings: false,
      }
    case 'permission-denied':
      return { title: '没有复制权限', content: `复制被系统或浏览器拦下了。${note}`, offerSettings: false }
    default:
      return { title: '没能复制', content: note, offerSettings: false }
  }
}

/** 添加到日历: the event's date and time go into the notice, to note down instead. */
export function calendarFailureNotice(kind: FailureKind, title: string, when: string): FailureNotice | undefined {
  const note = `“${title}”的时间：\n${when}`
  switch (kind) {
    case 'cancel':
      return undefined
    case 'undeclared':
      return {
        title: '暂时不能添加到日历',
        content: `本小程序还没有开通“添加到日历”。请记下${note}`,
        offerSettings: false,
      }
    case 'consent-refused':
      return {
        title: '需要先同意隐私说明',
        content: `添加到日历前需要您同意本小程序的隐私说明，再点一次即可。也可以记下${note}`,
        offerSettings: false,
      }
    case 'permission-denied':
      return {
        title: '日历权限被关闭',
        content: `可以在设置里打开“添加到日历”后再试。也可以记下${note}`,
        offerSettings: true,
      }
    default:
      return { title: '没能添加到日历', content: `请记下${note}`, offerSettings: false }
  }
}

/** 在地图中查看: the address goes into the notice. */
export function mapFailureNotice(kind: FailureKind, place: string): FailureNotice | undefined {
  const note = `地址：\n${place}`
  switch (kind) {
    case 'cancel':
      return undefined
    case 'undeclared':
      return { title: '暂时不能打开地图', content: `本小程序还没有开通地图功能。${note}`, offerSettings: false }
    case 'consent-refused':
      return {
        title: '需要先同意隐私说明',
        content: `打开地图前需要您同意本小程序的隐私说明，再点一次即可。${note}`,
        offerSettings: false,
      }
    case 'permission-denied':
      return {
        title: '位置权限被关闭',
        content: `可以在设置里打开位置权限后再试。${note}`,
        offerSettings: true,
      }
    default:
      return { title: '暂时无法打开地图', content: note, offerSettings: false }
  }
}

import Taro from '@tarojs/taro'
import { copyText } from '@/platform/copy'
import { callPhone } from '@/platform/phone'
import { openMap } from '@/platform/map'
import { calendarFailureNotice, copyFailureNotice, failureKind, mapFailureNotice } from '@/platform/privacy'

// What WeChat and browsers actually hand back (errMsg texts and errnos as documented by WeChat).
const UNDECLARED = { errMsg: 'setClipboardData:fail api scope is not declared in the privacy agreement', errno: 112 }
const REFUSED = { errMsg: 'setClipboardData:fail privacy permission is not authorized', errno: 104 }
const REFUSED_WITH_PERMISSION = { errMsg: 'addPhoneCalendar:fail auth deny', errno: 103 }
const AUTH_DENY = { errMsg: 'addPhoneCalendar:fail auth deny' }
const SYSTEM_DENIED = { errMsg: 'addPhoneCalendar:fail system permission denied' }
const CANCEL = { errMsg: 'makePhoneCall:fail cancel' }

describe('failureKind', () => {
  it.each([
    ['errno 112', UNDECLARED, 'undeclared'],
    ['112 by its text alone', { errMsg: 'x:fail api scope is not declared in the privacy agreement' }, 'undeclared'],
    ['errno 104', REFUSED, 'consent-refused'],
    ['104 by its text alone', { errMsg: 'x:fail privacy permission is not authorized' }, 'consent-refused'],
    ['errno 103', REFUSED_WITH_PERMISSION, 'permission-denied'],
    ['auth deny', AUTH_DENY, 'permission-denied'],
    ['a phone permission switched off', SYSTEM_DENIED, 'permission-denied'],
    ['a browser refusal (H5)', { name: 'NotAllowedError', message: 'Write permission denied.' }, 'permission-denied'],
    ['cancel', CANCEL, 'cancel'],
    ['anything else', { errMsg: 'setClipboardData:fail unknown' }, 'other'],
    ['an Error', new Error('boom'), 'other'],
    ['nothing', undefined, 'other'],
  ])('%s', (_label, error, kind) => {
    expect(failureKind(error)).toBe(kind)
  })
})

describe('notices', () => {
  it('copy: each cause says what happened and keeps the text', () => {
    expect(copyFailureNotice('undeclared', '张女士 0431-00001234')).toEqual({
      title: '暂时不能复制',
      content: '本小程序还没有开通复制功能。请手动记下：\n张女士 0431-00001234',
      offerSettings: false,
    })
    expect(copyFailureNotice('consent-refused', 'x')?.title).toBe('需要先同意隐私说明')
    expect(copyFailureNotice('consent-refused', 'x')?.content).toContain('再点一次即可')
    expect(copyFailureNotice('permission-denied', 'x')?.title).toBe('没有复制权限')
    expect(copyFailureNotice('other', 'abc')?.content).toBe('请手动记下：\nabc')
    expect(copyFailureNotice('cancel', 'x')).toBeUndefined()
  })

  it('calendar: only a switched-off permission offers 设置; every notice gives the time', () => {
    const when = '2027年8月18日 09:00 至 8月22日 17:00'
    const denied = calendarFailureNotice('permission-denied', '双阳梅花鹿节', when)
    expect(denied).toEqual({
      title: '日历权限被关闭',
      content: `可以在设置里打开“添加到日历”后再试。也可以记下“双阳梅花鹿节”的时间：\n${when}`,
      offerSettings: true,
    })
    for (const kind of ['undeclared', 'consent-refused', 'other'] as const) {
      const notice = calendarFailureNotice(kind, '双阳梅花鹿节', when)
      expect(notice?.offerSettings).toBe(false)
      expect(notice?.content).toContain(when)
    }
    expect(calendarFailureNotice('undeclared', 'x', when)?.title).toBe('暂时不能添加到日历')
    expect(calendarFailureNotice('cancel', 'x', when)).toBeUndefined()
  })

  it('map: the address is always given', () => {
    expect(mapFailureNotice('undeclared', '鹿乡镇')?.content).toBe('本小程序还没有开通地图功能。地址：\n鹿乡镇')
    expect(mapFailureNotice('other', '鹿乡镇')).toEqual({
      title: '暂时无法打开地图',
      content: '地址：\n鹿乡镇',
      offerSettings: false,
    })
  })
})

describe('H5: copying, calling and the map', () => {
  afterEach(() => jest.restoreAllMocks())

  it('a copy the browser refuses shows the text to note down and nothing crashes', async () => {
    expect(process.env.TARO_ENV).toBe('h5')
    jest
      .spyOn(Taro, 'setClipboardData')
      .mockRejectedValue({ errMsg: 'setClipboardData:fail NotAllowedError: Write permission denied.' })
    const modal = jest.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: true, cancel: false, errMsg: 'ok' })
    const settings = jest.spyOn(Taro, 'openSetting')
    await expect(copyText('https://example.org/x', '链接已复制')).resolves.toBe(false)
    expect(modal.mock.calls[0]?.[0]).toMatchObject({
      title: '没有复制权限',
      content: '复制被系统或浏览器拦下了。请手动记下：\nhttps://example.org/x',
      showCancel: false,
      confirmText: '知道了',
    })
    expect(settings).not.toHaveBeenCalled()
  })

  it('a copy that works only says so', async () => {
    jest.spyOn(Taro, 'setClipboardData').mockResolvedValue({ errMsg: 'setClipboardData:ok', data: 'x' })
    const toast = jest.spyOn(Taro, 'showToast').mockResolvedValue({ errMsg: 'ok' })
    const modal = jest.spyOn(Taro, 'showModal')
    await expect(copyText('x', '链接已复制')).resolves.toBe(true)
    expect(toast.mock.calls[0]?.[0]).toMatchObject({ title: '链接已复制' })
    expect(modal).not.toHaveBeenCalled()
  })

  it('a dial that cannot happen copies the number; a cancelled one does nothing', async () => {
    const copy = jest.spyOn(Taro, 'setClipboardData').mockResolvedValue({ errMsg: 'setClipboardData:ok', data: 'x' })
    jest.spyOn(Taro, 'showToast').mockResolvedValue({ errMsg: 'ok' })
    jest.spyOn(Taro, 'makePhoneCall').mockRejectedValueOnce(CANCEL)
    await callPhone('12345')
    expect(copy).not.toHaveBeenCalled()
    jest.spyOn(Taro, 'makePhoneCall').mockRejectedValueOnce({ errMsg: 'makePhoneCall:fail not supported' })
    await callPhone('12345')
    expect(copy.mock.calls[0]?.[0]).toMatchObject({ data: '12345' })
  })

  it('the map opens Amap in a new tab', async () => {
    const open = jest.spyOn(window, 'open').mockReturnValue(null)
    await openMap({ lat: 43.52, lng: 125.66, name: '双阳湖', address: '双阳区' })
    expect(open.mock.calls[0]?.[0]).toBe(
      'https://uri.amap.com/marker?position=125.66,43.52&name=%E5%8F%8C%E9%98%B3%E6%B9%96&src=zhihui-shuangyang&coordinate=gaode&callnative=1',
    )
  })
})

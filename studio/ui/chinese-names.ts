/*
 * antd names some of its own controls for screen readers in English, and no prop reaches them: an icon's
 * role="img" span carries its file name (search, close-circle, down, calendar …), InputNumber's step buttons say
 * "Increase Value" / "Decrease Value". The office hears every name in Chinese, so the studio renames them as
 * they appear: a known name gets its Chinese words, any other English name on an icon hides the icon from the
 * reader (it sits inside a control that has its own name, or beside words that say the same).
 */

const NAMES: Record<string, string> = {
  search: '搜索',
  'close-circle': '清除',
  close: '关闭',
  down: '展开',
  up: '收起',
  left: '上一页',
  right: '下一页',
  'double-left': '向前五页',
  'double-right': '向后五页',
  calendar: '选择日期',
  'clock-circle': '选择时间',
  'swap-right': '至',
  'exclamation-circle': '提醒',
  'check-circle': '已通过',
  'info-circle': '说明',
  'Increase Value': '增加',
  'Decrease Value': '减少',
}

const LATIN = /[A-Za-z]/

/** Renames the English screen-reader names under `root`; returns how many it changed. */
export function renameEnglishNames(root: ParentNode): number {
  let changed = 0
  for (const el of Array.from(root.querySelectorAll('[aria-label]'))) {
    const name = el.getAttribute('aria-label') ?? ''
    if (!LATIN.test(name)) continue
    const chinese = NAMES[name]
    if (chinese) el.setAttribute('aria-label', chinese)
    else if (el.getAttribute('role') === 'img') {
      el.removeAttribute('aria-label')
      el.setAttribute('aria-hidden', 'true')
    } else continue
    changed++
  }
  return changed
}

/** Keeps every name under `root` Chinese from now on (antd draws popups and step buttons later). */
export function keepNamesChinese(root: HTMLElement = document.body): () => void {
  renameEnglishNames(root)
  const observer = new MutationObserver(() => renameEnglishNames(root))
  observer.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-label'] })
  return () => observer.disconnect()
}

import type { ThemeConfig } from 'antd'

/*
 * antd's default colours, darkened where their text falls below WCAG AA (4.5 : 1 on white) as axe measured it:
 * the primary blue #1677ff (white on it 4.1 : 1), secondary text at 45 % black (2.8 : 1), success green #52c41a
 * (2.3 : 1), error red #ff4d4f (3.2 : 1) and the count inside a field (3.4 : 1). Office screens are often dim and zoomed: every text must read. test/e2e/studio-office.test.ts runs
 * axe on each view.
 */
export const STUDIO_THEME: ThemeConfig = {
  token: {
    fontSize: 15,
    colorPrimary: '#0958d9',
    colorInfo: '#0958d9',
    colorLink: '#0958d9',
    colorError: '#c41d1d',
    colorTextSecondary: 'rgba(0, 0, 0, 0.68)',
    colorTextDescription: 'rgba(0, 0, 0, 0.68)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.58)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.55)',
    colorSuccess: '#237804',
  },
}

import { App as AntApp, ConfigProvider } from 'antd'
import zhCN from 'antd/locale/zh_CN'
import dayjs from 'dayjs'
import 'dayjs/locale/zh-cn'
import { createRoot } from 'react-dom/client'
import { App } from './ui/app'
import { keepNamesChinese } from './ui/chinese-names'
import { STUDIO_THEME } from './ui/theme'
import './studio.css'

dayjs.locale('zh-cn')
keepNamesChinese()

createRoot(document.getElementById('root')!).render(
  <ConfigProvider locale={zhCN} button={{ autoInsertSpace: false }} theme={STUDIO_THEME}>
    <AntApp>
      <App />
    </AntApp>
  </ConfigProvider>,
)

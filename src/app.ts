import { usePageNotFound } from '@tarojs/taro'
import { type PropsWithChildren } from 'react'
import { startContentUpdates } from '@/platform/content-update'
import { handleUnknownRoute } from '@/platform/page'
import './app.scss'

// Before any page renders: a cached update is put in use now, the network is checked after launch.
// Only in a build with a content URL: without one, the update code, valibot and the schema are left out.
if (process.env.TARO_APP_CONTENT_URL) startContentUpdates()

function App({ children }: PropsWithChildren) {
  usePageNotFound(() => handleUnknownRoute())
  return children
}

export default App

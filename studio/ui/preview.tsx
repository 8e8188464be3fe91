import { Alert, Segmented, Space, Switch, Typography } from 'antd'
import { useEffect, useRef, useState } from 'react'
import { isFavouritable, type PackCollection, type RawPack } from '../model/collections'

/*
 * The record on a phone, from the real H5 app: the preview build (dist/studio/preview, made with
 * TARO_APP_STUDIO_PREVIEW=1) in a phone-sized frame, fed the draft by postMessage a moment after each edit.
 * It applies the app's own decision on a fetched pack, so what it shows is what residents would see.
 */

interface Props {
  pack: RawPack
  collection: PackCollection
  id: string | undefined
}

const DEBOUNCE_MS = 400

function routeOf(collection: PackCollection, id: string | undefined, page: 'detail' | 'list'): string {
  if (!isFavouritable(collection)) return 'pages/index/index'
  if (page === 'list' || !id) return `packages/${collection}/pages/list/index`
  return `packages/${collection}/pages/detail/index?id=${encodeURIComponent(id)}`
}

export function Preview({ pack, collection, id }: Props) {
  const frame = useRef<HTMLIFrameElement>(null)
  const [page, setPage] = useState<'detail' | 'list'>('detail')
  const [elder, setElder] = useState(false)
  const [rejected, setRejected] = useState(false)
  const [ready, setReady] = useState(0)
  const route = routeOf(collection, id, page)

  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      if (event.source !== frame.current?.contentWindow || event.origin !== window.location.origin) return
      const data = event.data as { type?: string; accepted?: boolean }
      if (data?.type === 'sy-preview-shown') setRejected(data.accepted === false)
    }
    window.addEventListener('message', onMessage)
    return () => window.removeEventListener('message', onMessage)
  }, [])

  useEffect(() => {
    const timer = setTimeout(() => {
      frame.current?.contentWindow?.postMessage(
        { type: 'sy-studio-draft', text: JSON.stringify(pack), elderMode: elder },
        window.location.origin,
      )
    }, DEBOUNCE_MS)
    return () => clearTimeout(timer)
  }, [pack, elder, ready, route])

  return (
    <aside className='studio-preview' aria-label='手机预览'>
      <Space style={{ marginBottom: 8 }} wrap>
        <Typography.Text strong>手机预览</Typography.Text>
        <Segmented
          size='small'
          aria-label='预览哪一页'
          value={page}
          onChange={(v) => setPage(v as 'detail' | 'list')}
          options={[
            { value: 'detail', label: '详情页' },
            { value: 'list', label: '列表页' },
          ]}
        />
        <Space size={4}>
          <Switch size='small' checked={elder} onChange={setElder} aria-label='长辈版' id='preview-elder' />
          <label htmlFor='preview-elder'>长辈版</label>
        </Space>
      </Space>
      {rejected && (
        <Alert
          type='warning'
          showIcon
          style={{ marginBottom: 8 }}
          message='草稿还有问题，手机上的智慧双阳不会接受它：预览停在最后一次检查通过的内容'
        />
      )}
      <iframe
        ref={frame}
        className='studio-phone'
        title='手机预览'
        src={`./preview/index.html#/${route}`}
        onLoad={() => setReady((n) => n + 1)}
      />
    </aside>
  )
}

import { App as AntApp, Button, Input, Space, Upload } from 'antd'
import { useState } from 'react'
import { readDraftFile, type Draft } from '../model/draft-store'

/** The header's tools: who is editing, what to open (the embedded pack, a file, a content URL), drafts in and out. */
export function Toolbar(props: {
  editor: string
  onEditor: (editor: string) => void
  onOpenEmbedded: () => void
  onOpenText: (text: string, from: string) => void
  onOpenDraft: (draft: Draft) => void
  onExportDraft: () => void
}) {
  const { message } = AntApp.useApp()
  const [urlToOpen, setUrlToOpen] = useState('')
  return (
    <Space wrap align='center'>
      <Input
        aria-label='编辑人姓名'
        placeholder='编辑人姓名'
        value={props.editor}
        onChange={(e) => props.onEditor(e.target.value)}
        style={{ width: 140 }}
      />
      <Button onClick={props.onOpenEmbedded}>打开内置内容包</Button>
      <Upload
        accept='.json,application/json'
        showUploadList={false}
        beforeUpload={(file) => {
          void file.text().then((text) => props.onOpenText(text, file.name))
          return false
        }}
      >
        <Button>打开内容包文件</Button>
      </Upload>
      <Input.Search
        aria-label='内容网址'
        placeholder='或输入内容包网址'
        enterButton='打开网址'
        value={urlToOpen}
        onChange={(e) => setUrlToOpen(e.target.value)}
        onSearch={(url) => {
          if (!url.trim()) return
          fetch(url.trim())
            .then((r) => (r.ok ? r.text() : Promise.reject(new Error(`HTTP ${r.status}`))))
            .then((text) => props.onOpenText(text, url.trim()))
            .catch((e: unknown) => message.error(`打不开这个网址：${e instanceof Error ? e.message : String(e)}`))
        }}
        style={{ width: 270, display: 'block' }}
      />
      <Button onClick={props.onExportDraft}>导出草稿</Button>
      <Upload
        accept='.json,application/json'
        showUploadList={false}
        beforeUpload={(file) => {
          void file.text().then((text) => {
            const read = readDraftFile(text)
            if (read.ok) props.onOpenDraft(read.draft)
            else message.error(read.message)
          })
          return false
        }}
      >
        <Button>导入草稿</Button>
      </Upload>
    </Space>
  )
}

import { Alert, Button, Card, Empty, Input, List, Space, Table, Tag, Typography } from 'antd'
import { useState } from 'react'
import type { Publication as PackPublication } from '@/content/schema'
import { fieldLine, type RecordChange } from '../model/changes'
import { COLLECTION_LABELS } from '../model/collections'
import type { Publication } from '../model/publish'
import { reviewRefusal } from '../model/publish'

interface Props {
  changes: RecordChange[]
  problemCount: number
  editor: string
  approvedBy: string | undefined
  nextVersion: number
  history: Publication[]
  lastFiles: string[] | undefined
  onApprove: (reviewer: string) => void
  onPublish: () => void
  onSaveToFolder: (() => void) | undefined
  onRestore: (publication: Publication) => void
}

const KIND = { added: ['新增', 'green'], removed: ['删除', 'red'], changed: ['修改', 'blue'] } as const

/** 先审后发: the change list, a second person's approval, then the files. */
export function PublishPanel(props: Props) {
  const { changes, problemCount, editor, approvedBy, nextVersion, history, lastFiles } = props
  const [reviewer, setReviewer] = useState('')
  const [refusal, setRefusal] = useState<string>()
  const blocked =
    problemCount > 0
      ? `还有 ${problemCount} 个问题没有解决，解决后才能发布`
      : changes.length === 0
        ? '和已发布的内容相比没有更改'
        : !approvedBy
          ? '需要另一位同事审核通过后才能发布'
          : undefined

  return (
    <Space direction='vertical' size='large' style={{ width: '100%' }}>
      <Card title='一、看看改了什么' size='small'>
        {changes.length === 0 ? (
          <Empty description='和已发布的内容相比没有更改' />
        ) : (
          <List
            className='studio-changes'
            dataSource={changes}
            renderItem={(c) => (
              <List.Item>
                <Space direction='vertical' size={2}>
                  <Space>
                    <Tag color={KIND[c.kind][1]}>{KIND[c.kind][0]}</Tag>
                    <Typography.Text strong>{`${COLLECTION_LABELS[c.collection]}「${c.title}」`}</Typography.Text>
                    {c.favourited && <Tag color='orange'>居民可能收藏过：他们会在“我的”里看到“已下线”</Tag>}
                  </Space>
                  {c.fields.map((f, i) => (
                    <Typography.Text key={i} className='studio-change-line'>
                      {fieldLine(c.kind, f)}
                    </Typography.Text>
                  ))}
                </Space>
              </List.Item>
            )}
          />
        )}
      </Card>

      <Card title='二、审核（先审后发）' size='small'>
        <Typography.Paragraph type='secondary'>
          编辑人：{editor || '（未填写）'}
          。审核人须是另一位同事。姓名由本人填写，编辑台只记录、不核实身份；谁能发布，取决于谁能把文件上传到网站。
        </Typography.Paragraph>
        {approvedBy ? (
          <Alert type='success' showIcon message={`${approvedBy} 已审核通过这份更改清单`} />
        ) : (
          <Space align='start'>
            <Input
              aria-label='审核人姓名'
              placeholder='审核人姓名'
              value={reviewer}
              onChange={(e) => {
                setReviewer(e.target.value)
                setRefusal(undefined)
              }}
              status={refusal ? 'error' : undefined}
              style={{ width: 200 }}
            />
            <Button
              disabled={changes.length === 0}
              onClick={() => {
                const why = reviewRefusal(editor, reviewer)
                if (why) setRefusal(why)
                else props.onApprove(reviewer.trim())
              }}
            >
              审核通过
            </Button>
          </Space>
        )}
        {refusal && <Alert style={{ marginTop: 8 }} type='error' showIcon message={refusal} role='alert' />}
      </Card>

      <Card title={`三、发布为第 ${nextVersion} 版`} size='small'>
        {blocked && <Alert type='warning' showIcon message={blocked} style={{ marginBottom: 8 }} />}
        <Space>
          <Button type='primary' disabled={!!blocked} onClick={props.onPublish}>
            发布（下载文件）
          </Button>
          {props.onSaveToFolder && (
            <Button disabled={!!blocked} onClick={props.onSaveToFolder}>
              发布到选定的文件夹
            </Button>
          )}
        </Space>
        {lastFiles && (
          <Alert
            style={{ marginTop: 8 }}
            type='success'
            showIcon
            message={`已生成 ${lastFiles.join('、')}`}
            description='上传顺序：先上传 pack.json，再上传 pack.version.json（放在同一个文件夹）。更改清单留档备查，不用上传。'
          />
        )}
      </Card>

      <Card title='已发布的版本' size='small'>
        {history.length === 0 ? (
          <Empty description='这台电脑上还没有用编辑台发布过' />
        ) : (
          <List
            dataSource={history}
            renderItem={(p) => (
              <List.Item
                actions={[
                  <Button key='restore' size='small' onClick={() => props.onRestore(p)}>
                    恢复到这个版本
                  </Button>,
                ]}
              >
                <Typography.Text>{`第 ${p.version} 版　${p.at.slice(0, 16).replace('T', ' ')}　编辑 ${p.editor}　审核 ${p.reviewer}　${p.summary}`}</Typography.Text>
              </List.Item>
            )}
          />
        )}
      </Card>
    </Space>
  )
}

/** The record of publications the pack itself carries (meta), newest first; read only. */
export function PublicationRecord({ publications }: { publications: PackPublication[] }) {
  return (
    <Card title='发布记录（内容包自带，姓名由本人填写，编辑台不核实身份）' size='small'>
      {publications.length === 0 ? (
        <Empty description='这个内容包还没有发布记录（由编辑台发布后才有）' />
      ) : (
        <Table
          size='small'
          pagination={false}
          rowKey='version'
          dataSource={[...publications].reverse()}
          columns={[
            { title: '版本', dataIndex: 'version', render: (v: number) => `第 ${v} 版` },
            { title: '发布时间', dataIndex: 'at', render: (at: string) => at.slice(0, 16).replace('T', ' ') },
            { title: '编辑人', dataIndex: 'editor' },
            { title: '审核人', dataIndex: 'reviewer' },
            { title: '概要', dataIndex: 'summary' },
          ]}
        />
      )}
    </Card>
  )
}

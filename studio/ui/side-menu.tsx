import { Badge, Menu, Space, Typography } from 'antd'
import { COLLECTION_LABELS, PACK_COLLECTIONS, type PackCollection } from '../model/collections'

export type View = { kind: 'collection'; collection: PackCollection } | { kind: 'pack' } | { kind: 'publish' }

/** The left column: every collection with its problem count, 内容包信息, 审核与发布, and how the draft stands. */
export function SideMenu(props: {
  view: View
  onView: (view: View) => void
  problemsOf: (collection: PackCollection) => number
  packProblems: number
  changes: number
  openedFrom: string
  /** 'failed', or the words for a saved draft. */
  saveState: string
  problemCount: number
}) {
  const { view } = props
  return (
    <>
      <Menu
        mode='inline'
        selectedKeys={[view.kind === 'collection' ? view.collection : view.kind]}
        onClick={({ key }) => {
          if (key === 'pack' || key === 'publish') props.onView({ kind: key })
          else props.onView({ kind: 'collection', collection: key as PackCollection })
        }}
        items={[
          ...PACK_COLLECTIONS.map((c) => ({
            key: c,
            label: (
              <Space>
                {COLLECTION_LABELS[c]}
                <Badge count={props.problemsOf(c)} title={`${props.problemsOf(c)} 个问题`} />
              </Space>
            ),
          })),
          {
            key: 'pack',
            label: (
              <Space>
                内容包信息
                <Badge count={props.packProblems} />
              </Space>
            ),
          },
          {
            key: 'publish',
            label: (
              <Space>
                审核与发布
                <Badge count={props.changes} color='blue' />
              </Space>
            ),
          },
        ]}
      />
      <div className='studio-status'>
        <Typography.Text type='secondary'>{`打开自：${props.openedFrom}`}</Typography.Text>
        <Typography.Text type={props.saveState === 'failed' ? 'danger' : 'secondary'}>
          {props.saveState === 'failed' ? '草稿未保存' : props.saveState}
        </Typography.Text>
        <Typography.Text type={props.problemCount > 0 ? 'danger' : 'success'} role='status'>
          {props.problemCount > 0 ? `共 ${props.problemCount} 个问题` : '检查通过'}
        </Typography.Text>
      </div>
    </>
  )
}

import { Alert, Button, Space, Typography } from 'antd'
import type { Problem } from '@/content/problem'
import { EDITIONS, type Edition } from '@/content/schema'
import type { RawPack } from '../model/collections'
import { publicationsOf } from '../model/publish'
import { PublicationRecord } from './publish-panel'

/** 内容包信息: the pack's own problems, its versions, its edition (demo or official) and its publication record. */
export function PackInfo(props: {
  pack: RawPack
  problems: Problem[]
  publishedVersion: number
  nextVersion: number
  onEdition: (edition: Edition) => void
}) {
  const { pack, problems, publishedVersion, nextVersion } = props
  return (
    <Space direction='vertical' style={{ maxWidth: 720 }}>
      <Typography.Title level={2} style={{ fontSize: 18 }}>
        内容包信息
      </Typography.Title>
      {problems.map((p, i) => (
        <Alert key={i} type='error' showIcon message={p.message} />
      ))}
      <Typography.Text>{`已发布的最高版本：第 ${publishedVersion} 版；下次发布为第 ${nextVersion} 版（发布时自动填写版本号和更新时间）`}</Typography.Text>
      <Space>
        <Typography.Text>版本类别：</Typography.Text>
        <Space.Compact>
          {EDITIONS.map((e) => (
            <Button key={e} type={pack.edition === e ? 'primary' : 'default'} onClick={() => props.onEdition(e)}>
              {e === 'demo' ? '演示版（含示例数据）' : '正式版（发布单位发布）'}
            </Button>
          ))}
        </Space.Compact>
      </Space>
      <Typography.Text type='secondary'>
        {`当前：${pack.edition === 'official' ? '正式版' : '演示版'}。正式版不能有示例数据；演示版不能有“发布单位发布”的记录。`}
      </Typography.Text>
      <PublicationRecord publications={publicationsOf(pack)} />
    </Space>
  )
}

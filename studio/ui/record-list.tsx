import { Button, Input, Select, Space, Table, Tag } from 'antd'
import { useEffect, useMemo, useState } from 'react'
import type { Problem } from '@/content/problem'
import { cst } from '../model/beijing'
import {
  COLLECTION_LABELS,
  isObject,
  recordsOf,
  recordTitle,
  type PackCollection,
  type RawPack,
} from '../model/collections'
import { valueLabel } from '../model/value-labels'

interface Props {
  pack: RawPack
  collection: PackCollection
  problems: Problem[][]
  selected: number | undefined
  now: number
  onSelect: (index: number) => void
  onAdd: () => void
  /** The record just added and being filled in: its missing fields are not yet called problems. */
  fresh?: number
}

type Filter = 'all' | 'problems' | 'sample' | 'expired'
type Sort = 'pack' | 'title' | 'problems'

/** Past its deadline (a job) or its end (an event), in Beijing time. */
function isExpired(record: Record<string, unknown>, now: number): boolean {
  const today = cst(now).format('YYYY-MM-DD')
  // A deadline not filled in yet (a new post) is not past.
  if (typeof record.deadline === 'string') return record.deadline !== '' && record.deadline < today
  if (typeof record.end === 'string' && record.recurrence === 'once') return cst(record.end).valueOf() < now
  return false
}

interface Row {
  index: number
  title: string
  status?: string
  sample: boolean
  expired: boolean
  problems: number
}

const PAGE_SIZE = 12

export function RecordList({ pack, collection, problems, selected, now, onSelect, onAdd, fresh }: Props) {
  const [query, setQuery] = useState('')
  const [filter, setFilter] = useState<Filter>('all')
  const [sort, setSort] = useState<Sort>('pack')
  const rows = useMemo(() => {
    const all: Row[] = recordsOf(pack, collection).map((r, index) => {
      const record = isObject(r) ? r : {}
      const source = isObject(record.source) ? record.source : {}
      return {
        index,
        title: recordTitle(r),
        status: typeof record.status === 'string' ? valueLabel(record.status) : undefined,
        sample: source.kind === 'sample',
        expired: isExpired(record, now),
        problems: problems[index]?.length ?? 0,
      }
    })
    const q = query.trim()
    const shown = all.filter(
      (row) =>
        (!q || row.title.includes(q)) &&
        (filter === 'all' ||
          (filter === 'problems' && row.problems > 0) ||
          (filter === 'sample' && row.sample) ||
          (filter === 'expired' && row.expired)),
    )
    if (sort === 'title') shown.sort((a, b) => a.title.localeCompare(b.title, 'zh-CN'))
    if (sort === 'problems') shown.sort((a, b) => b.problems - a.problems)
    return shown
  }, [pack, collection, problems, query, filter, sort, now])

  // The page of the table that holds the open record: a record added with 新增 lands at the end of the list.
  const [page, setPage] = useState(1)
  const at = rows.findIndex((row) => row.index === selected)
  useEffect(() => {
    if (at >= 0) setPage(Math.floor(at / PAGE_SIZE) + 1)
  }, [at, selected])

  return (
    <Space direction='vertical' style={{ width: '100%' }}>
      <Space wrap>
        <Input.Search
          aria-label={`搜索${COLLECTION_LABELS[collection]}`}
          placeholder='按标题搜索'
          allowClear
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          style={{ width: 200 }}
        />
        <Select
          aria-label='筛选'
          value={filter}
          onChange={setFilter}
          style={{ width: 130 }}
          options={[
            { value: 'all', label: '全部' },
            { value: 'problems', label: '有问题的' },
            { value: 'sample', label: '示例数据' },
            { value: 'expired', label: '已过期' },
          ]}
        />
        <Select
          aria-label='排序'
          value={sort}
          onChange={setSort}
          style={{ width: 130 }}
          options={[
            { value: 'pack', label: '原有顺序' },
            { value: 'title', label: '按标题' },
            { value: 'problems', label: '问题多的在前' },
          ]}
        />
        <Button type='primary' onClick={onAdd}>
          新增{COLLECTION_LABELS[collection] === '镇街' ? '镇街' : '一条'}
        </Button>
      </Space>
      <Table<Row>
        size='small'
        rowKey='index'
        dataSource={rows}
        pagination={{ pageSize: PAGE_SIZE, current: page, onChange: setPage, showSizeChanger: false }}
        rowClassName={(row) => (row.index === selected ? 'studio-row-selected' : '')}
        onRow={(row) => ({
          onClick: () => onSelect(row.index),
          onKeyDown: (e) => {
            if (e.key === 'Enter') onSelect(row.index)
          },
          tabIndex: 0,
        })}
        columns={[
          {
            title: '标题',
            key: 'title',
            render: (_, row) => (
              <Space direction='vertical' size={2}>
                <span>{row.title}</span>
                <Space size={4} wrap>
                  {row.problems > 0 &&
                    (row.index === fresh ? (
                      <Tag color='blue'>{`新的一条：还有 ${row.problems} 处要填`}</Tag>
                    ) : (
                      <Tag color='red'>{`${row.problems} 个问题`}</Tag>
                    ))}
                  {row.status && <Tag>{row.status}</Tag>}
                  {row.sample && <Tag color='gold'>示例</Tag>}
                  {row.expired && <Tag>已过期</Tag>}
                </Space>
              </Space>
            ),
          },
        ]}
      />
    </Space>
  )
}

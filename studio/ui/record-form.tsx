import { Alert, Form, Typography } from 'antd'
import { useMemo } from 'react'
import type { Problem } from '@/content/problem'
import {
  fieldLabels,
  isObject,
  RECORD_SCHEMAS,
  recordsOf,
  type PackCollection,
  type RawPack,
} from '../model/collections'
import { setIn, type PathPart } from '../model/edit'
import { recordForm } from '../model/form-spec'
import { proposeId } from '../model/ids'
import { FieldEditor } from './field-editor'

interface Props {
  pack: RawPack
  collection: PackCollection
  index: number
  problems: readonly Problem[]
  idFrozen: boolean
  onChange: (record: unknown) => void
}

/** The title field a record is named by (its id is proposed from it). */
function titleKey(record: Record<string, unknown>): 'title' | 'name' | 'label' {
  return 'name' in record && !('title' in record) ? 'name' : 'title'
}

export function RecordForm({ pack, collection, index, problems, idFrozen, onChange }: Props) {
  const spec = useMemo(() => recordForm(RECORD_SCHEMAS[collection], fieldLabels(collection)), [collection])
  const record = recordsOf(pack, collection)[index]
  const obj = isObject(record) ? record : {}

  const change = (path: readonly PathPart[], value: unknown) => {
    let next = setIn(obj, path, value) as Record<string, unknown>
    const key = titleKey(obj)
    // An unpublished record's id follows its title until the editor changes the id themself.
    if (!idFrozen && path.length === 1 && (path[0] === 'title' || path[0] === 'name') && path[0] === key) {
      const taken = new Set(
        recordsOf(pack, collection)
          .filter((r, i) => i !== index && isObject(r) && typeof r.id === 'string')
          .map((r) => (r as { id: string }).id),
      )
      const previous = typeof obj[key] === 'string' ? proposeId(obj[key] as string, taken) : ''
      if (!obj.id || obj.id === previous) next = { ...next, id: proposeId(String(value ?? ''), taken) }
    }
    onChange(next)
  }

  const whole = problems.filter((p) => p.field === '(记录)')
  return (
    <Form layout='vertical' component='div' className='studio-record-form'>
      {!isObject(record) && (
        <Alert type='error' showIcon message='这条记录不是一条完整的记录，可以删除它，或从空白开始填写。' />
      )}
      {whole.map((p, i) => (
        <Alert key={i} type='error' showIcon message={p.message} />
      ))}
      <FieldEditor spec={spec} value={obj} path={[]} ctx={{ pack, problems, idFrozen, onChange: change }} />
      <Typography.Paragraph type='secondary'>
        每改一个字，编辑台就用 App 自己的检查规则重新检查一遍；有问题的地方会在旁边用红字说明。
      </Typography.Paragraph>
    </Form>
  )
}

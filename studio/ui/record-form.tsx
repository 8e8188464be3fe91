import { Alert, Button, Form, Typography } from 'antd'
import { useEffect, useMemo, useRef, useState } from 'react'
import type { Problem } from '@/content/problem'
import { datesUnannounced } from '@/domain/events'
import {
  fieldLabels,
  isObject,
  RECORD_SCHEMAS,
  recordsOf,
  type PackCollection,
  type RawPack,
} from '../model/collections'
import { problemsReached } from '../model/check'
import { pathName, setIn, type PathPart } from '../model/edit'
import { recordForm } from '../model/form-spec'
import { proposeId } from '../model/ids'
import { FieldEditor } from './field-editor'

interface Props {
  pack: RawPack
  collection: PackCollection
  index: number
  problems: readonly Problem[]
  idFrozen: boolean
  /** Just added with 新增: judged field by field as it is filled in, until the editor asks for everything. */
  fresh: boolean
  onChange: (record: unknown) => void
}

/** The title field a record is named by (its id is proposed from it). */
function titleKey(record: Record<string, unknown>): 'title' | 'name' | 'label' {
  return 'name' in record && !('title' in record) ? 'name' : 'title'
}

/**
 * A record that quotes the work summary may carry fields the summary does not say (sampleFields): the phone marks
 * them 示例, and a real festival's example dates are not shown at all (日期待公布). Said above the form, so an
 * editor does not change such a date and wonder why the phone shows nothing.
 */
function sampleFieldsNote(collection: PackCollection, record: Record<string, unknown>): string | undefined {
  const source = isObject(record.source) ? record.source : undefined
  if (source?.kind !== 'cited' || !Array.isArray(source.sampleFields) || source.sampleFields.length === 0)
    return undefined
  const labels = fieldLabels(collection)
  const names = source.sampleFields.map((f) => labels[String(f)] ?? String(f)).join('、')
  const dates =
    collection === 'events' &&
    datesUnannounced({ source: { kind: 'cited', sampleFields: source.sampleFields.map(String) } })
  return dates
    ? `这条记录引用工作总结，原文没有写日期：手机上显示“日期待公布”，这里的日期手机上看不到。有了正式日期，请把来源类型改为“发布单位发布”后再填。其余示例字段（${names}）在手机上标“示例”。`
    : `这条记录引用工作总结；原文没有写的字段（${names}）在手机上标“示例”。`
}

export function RecordForm({ pack, collection, index, problems, idFrozen, fresh, onChange }: Props) {
  const spec = useMemo(() => recordForm(RECORD_SCHEMAS[collection], fieldLabels(collection)), [collection])
  const record = recordsOf(pack, collection)[index]
  const obj = isObject(record) ? record : {}
  const [touched, setTouched] = useState<ReadonlySet<string>>(() => new Set())
  const [judgeAll, setJudgeAll] = useState(!fresh)
  const shown = judgeAll ? problems : problemsReached(problems, touched)

  // Another record opens at its top, not where the last one was scrolled to.
  const top = useRef<HTMLDivElement>(null)
  useEffect(() => {
    const form = top.current?.closest('.studio-form')
    form?.scrollTo({ top: 0 })
    // Chosen low in a long list, the page itself is scrolled: bring the form's top into view.
    if (form && form.getBoundingClientRect().top < 0) form.scrollIntoView({ block: 'start' })
  }, [])

  const change = (path: readonly PathPart[], value: unknown) => {
    const name = pathName(path)
    if (!touched.has(name)) setTouched(new Set([...touched, name]))
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

  const whole = shown.filter((p) => p.field === '(记录)')
  const sampleNote = sampleFieldsNote(collection, obj)
  const waiting = problems.length - shown.length
  return (
    <Form layout='vertical' component='div' className='studio-record-form'>
      <div ref={top} />
      {!judgeAll && (
        <Alert
          type='info'
          showIcon
          message={
            waiting > 0
              ? `新的一条：填好一项，编辑台就检查那一项。还有 ${waiting} 处没填或不对，发布前都要改好。`
              : '新的一条：填好一项，编辑台就检查那一项。'
          }
          action={
            waiting > 0 ? (
              <Button size='small' onClick={() => setJudgeAll(true)}>
                全部标出来
              </Button>
            ) : undefined
          }
        />
      )}
      {!isObject(record) && (
        <Alert type='error' showIcon message='这条记录不是一条完整的记录，可以删除它，或从空白开始填写。' />
      )}
      {sampleNote && <Alert type='warning' showIcon message={sampleNote} />}
      {whole.map((p, i) => (
        <Alert key={i} type='error' showIcon message={p.message} />
      ))}
      <FieldEditor spec={spec} value={obj} path={[]} ctx={{ pack, problems: shown, idFrozen, onChange: change }} />
      <Typography.Paragraph type='secondary'>
        每改一个字，编辑台就用小程序自己的检查规则重新检查一遍；有问题的地方会在旁边用红字说明。
      </Typography.Paragraph>
    </Form>
  )
}

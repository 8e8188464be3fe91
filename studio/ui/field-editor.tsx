import {
  Button,
  Card,
  Checkbox,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Select,
  Space,
  Switch,
  TimePicker,
  Typography,
} from 'antd'
import dayjs from 'dayjs'
import type { Problem } from '@/content/problem'
import { problemsExactly } from '../model/check'
import { isObject, recordsOf, recordTitle, type RawPack } from '../model/collections'
import { defaultValue, pathName, type PathPart } from '../model/edit'
import type { FieldSpec } from '../model/form-spec'
import { valueLabel } from '../model/value-labels'

/*
 * One field of a record, drawn from its spec: text, dates (Beijing wall-clock time), numbers, choices,
 * references by name, and nested parts as the structures they are. Whatever the editor types is kept, valid
 * or not; the app's checker says what is wrong, beside the field it names.
 */

export interface FieldContext {
  pack: RawPack
  problems: readonly Problem[]
  /** The record's id may no longer change: it is published. */
  idFrozen: boolean
  onChange: (path: readonly PathPart[], value: unknown) => void
}

interface Props {
  spec: FieldSpec
  value: unknown
  path: readonly PathPart[]
  ctx: FieldContext
  /** Shown instead of the spec's label (a list's 第 2 条). */
  label?: string
}

function messagesAt(ctx: FieldContext, path: readonly PathPart[]): string[] {
  return problemsExactly(ctx.problems, pathName(path)).map((p) => p.message)
}

const WALL_DATE_TIME = 'YYYY-MM-DD HH:mm'

/** 2026-08-18T09:00+08:00 as the wall clock in Beijing, whatever the computer's zone. */
function beijingWallClock(value: unknown): dayjs.Dayjs | null {
  if (typeof value !== 'string') return null
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(value)
  return m ? dayjs(`${m[1]} ${m[2]}`, WALL_DATE_TIME) : null
}

function dateValue(value: unknown, format: string): dayjs.Dayjs | null {
  if (typeof value !== 'string' || !value) return null
  const d = dayjs(format === 'MM-DD' ? `2024-${value}` : value, format === 'MM-DD' ? 'YYYY-MM-DD' : format)
  return d.isValid() ? d : null
}

/** The id that ties a field's label to its input, made from the record path (so labels find their inputs). */
function inputIdOf(path: readonly PathPart[]): string {
  return `f-${pathName(path)
    .replace(/[^a-zA-Z0-9]+/g, '-')
    .replace(/-$/, '')}`
}

function Scalar({ spec, value, path, ctx }: Props) {
  const set = (next: unknown) => ctx.onChange(path, next)
  const id = inputIdOf(path)
  const text = typeof value === 'string' ? value : value === undefined ? '' : String(value)
  switch (spec.kind) {
    case 'date':
      return (
        <DatePicker
          id={id}
          value={dateValue(value, 'YYYY-MM-DD')}
          format='YYYY-MM-DD'
          onChange={(d) => set(d ? d.format('YYYY-MM-DD') : '')}
        />
      )
    case 'datetime':
      return (
        <Space>
          <DatePicker
            id={id}
            showTime={{ format: 'HH:mm' }}
            format={WALL_DATE_TIME}
            value={beijingWallClock(value)}
            onChange={(d) => set(d ? `${d.format('YYYY-MM-DDTHH:mm')}+08:00` : '')}
          />
          <Typography.Text type='secondary'>北京时间</Typography.Text>
        </Space>
      )
    case 'month-day':
      return (
        <DatePicker
          id={id}
          format='MM-DD'
          value={dateValue(value, 'MM-DD')}
          onChange={(d) => set(d ? d.format('MM-DD') : '')}
        />
      )
    case 'clock':
      return (
        <TimePicker
          id={id}
          format='HH:mm'
          value={typeof value === 'string' && value ? dayjs(value, 'HH:mm') : null}
          onChange={(d) => set(d ? d.format('HH:mm') : '')}
        />
      )
    case 'number':
      return (
        <InputNumber
          id={id}
          value={typeof value === 'number' ? value : null}
          min={spec.min}
          max={spec.max}
          precision={spec.integer ? 0 : undefined}
          onChange={(n) => set(n === null ? undefined : n)}
        />
      )
    case 'boolean':
      return <Switch id={id} checked={value === true} onChange={set} checkedChildren='是' unCheckedChildren='否' />
    case 'constant':
      return <Typography.Text>{valueLabel(spec.value, spec.key)}</Typography.Text>
    case 'choice':
      return (
        <Select
          id={id}
          style={{ minWidth: 220 }}
          value={value as string | undefined}
          allowClear={spec.optional}
          placeholder='请选择'
          options={spec.options.map((o) => ({ value: o as string, label: valueLabel(o, spec.key) }))}
          onChange={(v) => set(v)}
        />
      )
    case 'multi-choice': {
      const chosen = Array.isArray(value) ? (value as Array<string | number>) : []
      // A chosen value the options lack (typed into the file by hand) stays shown, so a click never drops it.
      const options = [...spec.options, ...chosen.filter((c) => !spec.options.includes(c))]
      return (
        <Checkbox.Group
          value={chosen}
          options={options.map((o) => ({
            value: o as string | number,
            label: spec.optionLabels?.[String(o)] ?? valueLabel(o, spec.key),
          }))}
          onChange={(v) => set(v)}
        />
      )
    }
    case 'reference': {
      const options = recordsOf(ctx.pack, spec.target)
        .filter(isObject)
        .filter((r) => typeof r.id === 'string')
        .map((r) => ({ value: r.id as string, label: recordTitle(r) }))
      return (
        <Select
          id={id}
          showSearch
          optionFilterProp='label'
          style={{ minWidth: 260 }}
          value={value as string | undefined}
          allowClear={spec.optional}
          placeholder='请选择'
          options={options}
          onChange={(v) => set(v)}
        />
      )
    }
    case 'id':
      return (
        <Space direction='vertical' size={2} style={{ width: '100%' }}>
          <Input id={id} value={text} disabled={ctx.idFrozen} onChange={(e) => set(e.target.value)} />
          <Typography.Text type='secondary'>
            {ctx.idFrozen
              ? '已发布的编号不能再改：分享链接和居民的收藏都指向它'
              : '按标题的拼音自动生成，一般不用改；发布后就不能再改'}
          </Typography.Text>
        </Space>
      )
    case 'unsupported':
      return <Typography.Text type='warning'>这一项编辑台还不能编辑，请联系技术人员</Typography.Text>
    default: {
      const max = spec.kind === 'text' ? spec.maxLength : undefined
      const count = max ? `${[...text].length}/${max}` : undefined
      return max && max > 60 ? (
        <Input.TextArea
          id={id}
          value={text}
          autoSize={{ minRows: 1, maxRows: 8 }}
          onChange={(e) => set(e.target.value)}
        />
      ) : (
        <Input id={id} value={text} suffix={count} onChange={(e) => set(e.target.value)} />
      )
    }
  }
}

function ListEditor({ spec, value, path, ctx }: Props & { spec: Extract<FieldSpec, { kind: 'list' }> }) {
  const items = Array.isArray(value) ? value : []
  const move = (from: number, to: number) => {
    const next = [...items]
    const [item] = next.splice(from, 1)
    next.splice(to, 0, item)
    ctx.onChange(path, next)
  }
  return (
    <div data-field={pathName(path)}>
      <Space direction='vertical' style={{ width: '100%' }}>
        {items.map((item, i) => (
          <Space key={i} align='start' style={{ width: '100%' }} className='studio-list-item'>
            <div style={{ flex: 1, minWidth: 420 }}>
              <FieldEditor spec={spec.item} value={item} path={[...path, i]} ctx={ctx} label={`第 ${i + 1} 条`} />
            </div>
            <Button size='small' disabled={i === 0} onClick={() => move(i, i - 1)} aria-label={`第 ${i + 1} 条上移`}>
              上移
            </Button>
            <Button
              size='small'
              danger
              onClick={() =>
                ctx.onChange(
                  path,
                  items.filter((_, j) => j !== i),
                )
              }
              aria-label={`删除第 ${i + 1} 条`}
            >
              删除
            </Button>
          </Space>
        ))}
        <Button size='small' onClick={() => ctx.onChange(path, [...items, defaultValue(spec.item)])}>
          添加一条
        </Button>
      </Space>
    </div>
  )
}

function Fields({
  fields,
  value,
  path,
  ctx,
}: {
  fields: FieldSpec[]
  value: unknown
  path: readonly PathPart[]
  ctx: FieldContext
}) {
  const obj = isObject(value) ? value : {}
  return (
    <>
      {fields.map((f) => (
        <FieldEditor key={f.key} spec={f} value={obj[f.key]} path={[...path, f.key]} ctx={ctx} />
      ))}
    </>
  )
}

export function FieldEditor({ spec, value, path, ctx, label }: Props) {
  const title = label ?? spec.label
  const messages = messagesAt(ctx, path)
  const status = messages.length > 0 ? 'error' : undefined
  const help = messages.length > 0 ? messages.join('；') : undefined
  if (spec.optional && value === undefined && !label && spec.kind !== 'choice' && spec.kind !== 'reference') {
    return (
      <Form.Item label={title} validateStatus={status} help={help}>
        <Button size='small' onClick={() => ctx.onChange(path, defaultValue(spec))}>
          添加{title}
        </Button>
      </Form.Item>
    )
  }
  const remove = spec.optional && !label && (
    <Button size='small' type='link' onClick={() => ctx.onChange(path, undefined)}>
      不填{title}
    </Button>
  )
  if (spec.kind === 'object' || spec.kind === 'variant') {
    const obj = isObject(value) ? value : {}
    let inner
    if (spec.kind === 'object') inner = <Fields fields={spec.fields} value={obj} path={path} ctx={ctx} />
    else {
      const current = obj[spec.discriminator]
      const option = spec.options.find((o) => o.values.includes(current))
      const choices = spec.options.flatMap((o) => o.values)
      const discSpec = option?.fields.find((f) => f.key === spec.discriminator)
      const discLabel = discSpec?.label || '类型'
      const discMessages = messagesAt(ctx, [...path, spec.discriminator])
      inner = (
        <>
          <Form.Item
            label={discLabel}
            htmlFor={inputIdOf([...path, spec.discriminator])}
            validateStatus={discMessages.length ? 'error' : undefined}
            help={discMessages.join('；') || undefined}
          >
            <Select
              id={inputIdOf([...path, spec.discriminator])}
              style={{ minWidth: 260 }}
              value={current as string | undefined}
              placeholder='请选择'
              options={choices.map((c) => ({ value: c as string, label: valueLabel(c, spec.discriminator) }))}
              onChange={(next) => {
                const chosen = spec.options.find((o) => o.values.includes(next))!
                const fresh = defaultValue({ ...spec, options: [chosen] }) as Record<string, unknown>
                const kept = Object.fromEntries(
                  Object.entries(obj).filter(([k]) => chosen.fields.some((f) => f.key === k)),
                )
                ctx.onChange(path, { ...fresh, ...kept, [spec.discriminator]: next })
              }}
            />
          </Form.Item>
          {option && (
            <Fields
              fields={option.fields.filter((f) => f.key !== spec.discriminator)}
              value={obj}
              path={path}
              ctx={ctx}
            />
          )}
        </>
      )
    }
    if (path.length === 0) return inner
    return (
      <Card
        size='small'
        title={title}
        extra={remove}
        style={{ marginBottom: 12 }}
        className={status ? 'studio-card-error' : undefined}
      >
        {help && <Typography.Text type='danger'>{help}</Typography.Text>}
        {inner}
      </Card>
    )
  }
  return (
    <Form.Item
      label={title}
      htmlFor={spec.kind === 'list' || spec.kind === 'multi-choice' ? undefined : inputIdOf(path)}
      validateStatus={status}
      help={help}
      extra={remove || undefined}
    >
      {spec.kind === 'list' ? (
        <ListEditor spec={spec} value={value} path={path} ctx={ctx} />
      ) : (
        <Scalar spec={spec} value={value} path={path} ctx={ctx} />
      )}
    </Form.Item>
  )
}

import { render, screen } from '@testing-library/react'
import { Form } from 'antd'
import * as v from 'valibot'
import { FIELD_LABELS } from '@/content/labels'
import { jobSchema, titleSchema } from '@/content/schema'
import { fieldLabels, PACK_COLLECTIONS, RECORD_SCHEMAS } from '../../studio/model/collections'
import { recordForm, type FieldSpec } from '../../studio/model/form-spec'
import { FieldEditor } from '../../studio/ui/field-editor'

/*
 * The forms come from the app's schema: a field added to a schema shows up in the studio with its Chinese
 * label, and no studio change. And no field of the real schemas is left without a label or an editor.
 */

function draw(spec: FieldSpec, value: Record<string, unknown>) {
  return render(
    <Form layout='vertical' component='div'>
      <FieldEditor
        spec={spec}
        value={value}
        path={[]}
        ctx={{ pack: {}, problems: [], idFrozen: false, onChange: () => undefined }}
      />
    </Form>,
  )
}

describe('forms from the schema', () => {
  it('shows a field added to a schema fixture, with its label', () => {
    const entries = (jobSchema as unknown as { pipe: [v.ObjectSchema<v.ObjectEntries, undefined>] }).pipe[0].entries
    const fixture = v.object({ ...entries, busRoute: titleSchema })
    const labels = { ...FIELD_LABELS.jobs, busRoute: '公交线路' }
    draw(recordForm(fixture, labels), { busRoute: '6 路' })
    expect(screen.getByLabelText('公交线路')).toHaveValue('6 路')
    // The job's own fields are there too, by their labels.
    expect(screen.getByLabelText('截止日期')).toBeInTheDocument()
    expect(screen.getByText('岗位职责')).toBeInTheDocument()
  })

  it('gives every field of every collection a label and an editor', () => {
    const missing: string[] = []
    const walk = (spec: FieldSpec, where: string) => {
      // The record itself has no label of its own; every field in it must.
      if (where.includes('.') && !spec.label) missing.push(`${where}: no label`)
      if (spec.kind === 'unsupported') missing.push(`${where}: no editor`)
      if (spec.kind === 'object') spec.fields.forEach((f) => walk(f, `${where}.${f.key}`))
      if (spec.kind === 'list') walk({ ...spec.item, label: spec.label }, `${where}[]`)
      if (spec.kind === 'variant') spec.options.forEach((o) => o.fields.forEach((f) => walk(f, `${where}.${f.key}`)))
    }
    for (const c of PACK_COLLECTIONS) walk(recordForm(RECORD_SCHEMAS[c], fieldLabels(c)), c)
    expect(missing).toEqual([])
  })

  it('lets the editor tick sample fields by their labels, and keeps one the list lacks', () => {
    const { container } = draw(recordForm(RECORD_SCHEMAS.events, fieldLabels('events')), {
      source: {
        kind: 'cited',
        doc: '000_820736ea15743918.txt',
        quote: '梅花鹿节',
        sampleFields: ['start', 'end', 'pay.max'],
      },
    })
    // Read straight from the checkboxes: role queries over a whole event form take minutes in jsdom.
    const boxes = Object.fromEntries(
      [...container.querySelectorAll('label.ant-checkbox-wrapper')].map((l) => [
        l.textContent,
        l.querySelector<HTMLInputElement>('input')!.checked,
      ]),
    )
    expect(boxes).toMatchObject({ 开始时间: true, 结束时间: true, 门票: false, 'pay.max': true })
    expect(boxes).not.toHaveProperty('start')
  })

  it('draws nested parts as structures: a job’s pay as its three parts, the source as a choice of kind', () => {
    draw(recordForm(RECORD_SCHEMAS.jobs, fieldLabels('jobs')), {
      pay: { min: 2000, max: 3000, unit: 'month' },
      source: { kind: 'official', by: '某单位', date: '2026-11-20' },
    })
    expect(screen.getByLabelText('最低薪资（元）')).toHaveValue('2000')
    expect(screen.getByLabelText('最高薪资（元）')).toHaveValue('3000')
    expect(screen.getByLabelText('发布单位')).toHaveValue('某单位')
    expect(screen.getByText('发布单位发布')).toBeInTheDocument()
  })
})

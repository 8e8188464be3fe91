import { render } from '@testing-library/react'
import { SourceNote } from '@/components/source-note'

describe('SourceNote', () => {
  it('names the publisher and the day of an official record: 来源：<发布单位>，<日期>', () => {
    const { container } = render(
      <SourceNote source={{ kind: 'official', by: '某区政务服务中心', date: '2026-08-01' }} collection='events' />,
    )
    expect(container.textContent).toBe('来源：某区政务服务中心，2026年8月1日')
  })

  it('adds the document or notice an official record rests on, when there is one', () => {
    const { container } = render(
      <SourceNote
        source={{ kind: 'official', by: '某区人社局', date: '2026-12-03', ref: '2026 年第 5 号招聘公告' }}
        collection='jobs'
      />,
    )
    expect(container.textContent).toBe('来源：某区人社局，2026年12月3日依据：2026 年第 5 号招聘公告')
    // Neither a sample note nor the 2022 summary's name: the publisher stands for it.
    expect(container.textContent).not.toMatch(/示例|工作总结/)
  })

  it('still calls a sample record sample data', () => {
    const { container } = render(<SourceNote source={{ kind: 'sample' }} collection='jobs' />)
    expect(container.textContent).toBe('来源演示用的示例数据，不是官方发布的信息。')
  })
})

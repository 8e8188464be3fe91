import { fireEvent, render, screen } from '@testing-library/react'
import { Text } from '@tarojs/components'
import { FilterBar } from '@/components/filter-bar'

function Bar({ chosen, onClear = () => undefined }: { chosen: string[]; onClear?: () => void }) {
  return (
    <FilterBar chosen={chosen} count='共 3 个岗位' onClear={onClear}>
      <Text>镇街的选项</Text>
    </FilterBar>
  )
}

describe('FilterBar', () => {
  it('folded: one line with the choice and the count; the choices are not on screen', () => {
    render(<Bar chosen={[]} />)
    expect(screen.getByText('全部')).toBeInTheDocument()
    expect(screen.getByText('共 3 个岗位')).toBeInTheDocument()
    expect(screen.queryByText('镇街的选项')).toBeNull()
    // Nothing chosen, nothing to clear.
    expect(screen.queryByText('清除筛选')).toBeNull()
  })

  it('one tap opens the choices, another folds them', () => {
    render(<Bar chosen={[]} />)
    const toggle = screen.getByRole('button', { name: '筛选：全部，展开选项' })
    expect(toggle).toHaveAttribute('aria-expanded', 'false')
    fireEvent.click(toggle)
    expect(screen.getByText('镇街的选项')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: '筛选：全部，收起选项' })).toHaveAttribute('aria-expanded', 'true')
    fireEvent.click(screen.getByText('收起'))
    expect(screen.queryByText('镇街的选项')).toBeNull()
  })

  it('the open choices end with 看结果, which folds them so the list shows again', () => {
    render(<Bar chosen={['鹿乡镇']} />)
    fireEvent.click(screen.getByRole('button', { name: '筛选：鹿乡镇，展开选项' }))
    expect(screen.getByText('镇街的选项')).toBeInTheDocument()
    fireEvent.click(screen.getByText('看结果'))
    expect(screen.queryByText('镇街的选项')).toBeNull()
    expect(screen.getByRole('button', { name: '筛选：鹿乡镇，展开选项' })).toHaveAttribute('aria-expanded', 'false')
    // The choice stays: folding is not clearing.
    expect(screen.getByText('清除筛选')).toBeInTheDocument()
  })

  it('shows what is chosen and clears it in one tap', () => {
    const onClear = jest.fn()
    render(<Bar chosen={['太平镇', '公益岗位']} onClear={onClear} />)
    expect(screen.getByText('太平镇 · 公益岗位')).toBeInTheDocument()
    fireEvent.click(screen.getByText('清除筛选'))
    expect(onClear).toHaveBeenCalledTimes(1)
  })
})

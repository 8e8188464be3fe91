import { useState } from 'react'
import { fireEvent, render, screen } from '@testing-library/react'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import Taro from '@tarojs/taro'

function Counter() {
  const [count, setCount] = useState(0)
  return (
    <View className='counter'>
      <Text>已关注 {count} 项</Text>
      <Button type='primary' onClick={() => setCount((n) => n + 1)}>
        关注
      </Button>
    </View>
  )
}

describe('Taro components and NutUI in jsdom', () => {
  it('renders and reacts to a tap', () => {
    render(<Counter />)
    expect(screen.getByText('已关注 0 项')).toBeInTheDocument()

    // Taro's H5 components are custom elements (taro-button-core) without ARIA roles.
    fireEvent.click(screen.getByText('关注'))
    fireEvent.click(screen.getByText('关注'))

    expect(screen.getByText('已关注 2 项')).toBeInTheDocument()
    expect(screen.queryByText('已关注 0 项')).not.toBeInTheDocument()
  })

  it('gets the H5 implementation for Taro APIs', () => {
    expect(Taro.getEnv()).toBe(Taro.ENV_TYPE.WEB)
    expect(typeof Taro.navigateTo).toBe('function')
  })
})

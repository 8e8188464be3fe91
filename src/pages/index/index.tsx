import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'

export default function Page() {
  return (
    <View className='page'>
      <Text>智慧双阳 index</Text>
      <Button type='primary'>OK</Button>
    </View>
  )
}

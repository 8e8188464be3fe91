import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'

export default function Page() {
  return (
    <View className='page'>
      <Text>智慧双阳 search</Text>
      <Button type='primary'>OK</Button>
    </View>
  )
}

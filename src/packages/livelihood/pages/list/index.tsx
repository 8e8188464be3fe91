import { View, Text } from '@tarojs/components'

export default function Page() {
  return (
    <View className='page'>
      <Text>livelihood list</Text>
    </View>
  )
}

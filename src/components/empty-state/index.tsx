import { View, Text } from '@tarojs/components'
import type { ReactNode } from 'react'
import './index.scss'

export interface EmptyStateProps {
  title: string
  hint?: string
  children?: ReactNode
}

export function EmptyState({ title, hint, children }: EmptyStateProps) {
  return (
    <View className='sy-empty'>
      <Text className='sy-empty__title'>{title}</Text>
      {hint && <Text className='sy-empty__hint'>{hint}</Text>}
      {children}
    </View>
  )
}

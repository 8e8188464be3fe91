import { View, Text, Input } from '@tarojs/components'
import { roleProps } from '@/components/a11y-props'
import './index.scss'

export interface SearchBoxProps {
  value: string
  onChange: (value: string) => void
  /** The keyboard's search key. */
  onConfirm?: (value: string) => void
  placeholder?: string
  focus?: boolean
  /** A finger on the box: the person is about to type (the search page then fetches what searching needs). */
  onTouchStart?: () => void
}

export const SEARCH_PLACEHOLDER = '搜项目、岗位、活动、景点、政策'

/** The one search box: results follow as you type; 清空 empties it. */
export function SearchBox({
  value,
  onChange,
  onConfirm,
  placeholder = SEARCH_PLACEHOLDER,
  focus,
  onTouchStart,
}: SearchBoxProps) {
  return (
    <View className='sy-search-box' role='search' onTouchStart={onTouchStart}>
      <Input
        className='sy-search-box__input'
        type='text'
        confirmType='search'
        value={value}
        focus={focus}
        maxlength={64}
        placeholder={placeholder}
        placeholderClass='sy-search-box__placeholder'
        ariaLabel='搜索'
        onInput={(e) => onChange(e.detail.value)}
        onConfirm={(e) => onConfirm?.(e.detail.value)}
      />
      {value !== '' && (
        <View
          className='sy-search-box__clear'
          {...roleProps('button')}
          ariaLabel='清空搜索'
          onClick={() => onChange('')}
        >
          <Text>清空</Text>
        </View>
      )}
    </View>
  )
}

import { View, Text } from '@tarojs/components'
import { keyboardProps, roleProps } from '@/components/a11y-props'
import './index.scss'

export interface ActionButtonProps {
  label: string
  onTap: () => void
  primary?: boolean
  /** Shown small under the label, e.g. the phone number. */
  detail?: string
  disabled?: boolean
}

/** A big, plainly labelled button: ≥ 44 px high, ≥ 60 px in 长辈版. */
export function ActionButton({ label, onTap, primary, detail, disabled }: ActionButtonProps) {
  const classes = ['sy-action', primary ? 'sy-action--primary' : '', disabled ? 'sy-action--disabled' : '']
    .filter(Boolean)
    .join(' ')
  return (
    <View
      className={classes}
      {...roleProps('button')}
      {...(disabled ? {} : keyboardProps(onTap))}
      aria-disabled={disabled ? 'true' : undefined}
      onClick={disabled ? undefined : onTap}
    >
      <Text className='sy-action__label'>{label}</Text>
      {detail && <Text className='sy-action__detail'>{detail}</Text>}
    </View>
  )
}

import { Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { keyboardProps } from '@/components/a11y-props'
import { IS_H5 } from '@/platform/env'
import './index.scss'

export interface ActionButtonProps {
  label: string
  onTap: () => void
  primary?: boolean
  /** Shown small under the label, e.g. the phone number. */
  detail?: string
  disabled?: boolean
}

/**
 * NutUI's Button with our plain words: ≥ 44 px high, ≥ 60 px in 长辈版 (the theme's
 * button heights), and tall enough for a second line when it has one.
 */
export function ActionButton({ label, onTap, primary, detail, disabled }: ActionButtonProps) {
  const classes = ['sy-action', primary ? 'sy-action--primary' : '', disabled ? 'sy-action--disabled' : '']
    .filter(Boolean)
    .join(' ')
  const tap = () => {
    if (!disabled) onTap()
  }
  // weapp's button is a native button; H5's (Taro's HTML components) is a div, so it says what it is and takes
  // the keyboard: Tab reaches it, Enter or Space presses it.
  const h5 = IS_H5 ? { role: 'button', 'aria-disabled': disabled || undefined, ...keyboardProps(tap) } : {}
  return (
    <Button
      {...h5}
      className={classes}
      type={primary ? 'primary' : 'default'}
      fill={primary ? 'solid' : 'outline'}
      shape='square'
      disabled={disabled}
      onClick={tap}
    >
      <Text className='sy-action__label'>{label}</Text>
      {detail && <Text className='sy-action__detail'>{detail}</Text>}
    </Button>
  )
}

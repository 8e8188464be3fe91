import { DEMO_PHONE_LABEL, isDemoPhone, isPublicHotline, phoneText } from '@/domain/phones'

describe('demo numbers', () => {
  it.each(['0431-00001234', '0431-0000123', ' 0431-00002012 '])('%s is fictional', (phone) => {
    expect(isDemoPhone(phone)).toBe(true)
    expect(phoneText(phone)).toBe('示例号码')
  })

  it.each(['12345', '12333', '12348', '12320', '110', '119', '120', '0431-84221234', '13912345678', '0432-00001234'])(
    '%s is dialled as it is',
    (phone) => {
      expect(isDemoPhone(phone)).toBe(false)
      expect(phoneText(phone)).toBe(phone)
    },
  )

  it('the public hotlines are the guide’s seven', () => {
    for (const n of ['12345', '12333', '12348', '12320', '110', '119', '120']) expect(isPublicHotline(n)).toBe(true)
    expect(isPublicHotline('0431-00001234')).toBe(false)
    expect(DEMO_PHONE_LABEL).toBe('示例号码')
  })
})

import { View, Text } from '@tarojs/components'
import { useMemo, useState } from 'react'
import type { Policy } from '@/content/schema'
import { SELF_CHECK_DISCLAIMER, SELF_CHECK_QUESTIONS, suggestPolicies } from '@/domain/self-check'
import { ActionButton } from '@/components/action-button'
import { keyboardProps, roleProps } from '@/components/a11y-props'
import { LinkCard } from '@/components/link-card'
import './index.scss'

export interface SelfCheckProps {
  policies: readonly Policy[]
  /** Opens a suggested policy. */
  onOpen: (id: string) => void
}

/**
 * 我能申请吗: a few yes/no questions pointing to policies that may apply.
 * Answers live in this component's state only: never stored, never sent.
 */
export function SelfCheck({ policies, onOpen }: SelfCheckProps) {
  const [answers, setAnswers] = useState<Record<string, string>>({})
  const [showResult, setShowResult] = useState(false)
  const answered = SELF_CHECK_QUESTIONS.filter((q) => answers[q.id] !== undefined).length
  const suggestions = useMemo(() => suggestPolicies(policies, answers), [policies, answers])

  const choose = (question: string, value: string) =>
    setAnswers((prev) => {
      const next = { ...prev }
      if (next[question] === value) delete next[question]
      else next[question] = value
      return next
    })

  return (
    <View className='sy-check'>
      <Text className='sy-check__intro'>回答几个问题，看看哪些政策可能适合您家。不想答的题可以跳过。</Text>
      {SELF_CHECK_QUESTIONS.map((q, index) => (
        <View key={q.id} className='sy-check__question' {...roleProps('radiogroup')} ariaLabel={q.text}>
          <Text className='sy-check__text'>
            {index + 1}. {q.text}
          </Text>
          {q.hint && <Text className='sy-check__hint'>{q.hint}</Text>}
          <View className='sy-check__options'>
            {q.options.map((o) => {
              const on = answers[q.id] === o.value
              const tap = () => choose(q.id, o.value)
              return (
                <View
                  key={o.value}
                  className={`sy-check__option ${on ? 'sy-check__option--on' : ''}`}
                  {...roleProps('radio')}
                  {...keyboardProps(tap)}
                  aria-checked={on ? 'true' : 'false'}
                  onClick={tap}
                >
                  <Text>{o.label}</Text>
                </View>
              )
            })}
          </View>
        </View>
      ))}
      <Text className='sy-check__progress'>
        已回答 {answered} / {SELF_CHECK_QUESTIONS.length} 题
      </Text>
      <View className='sy-check__actions'>
        <ActionButton
          primary
          disabled={answered === 0}
          label={answered === 0 ? '请至少回答一题' : '看看哪些政策适合我'}
          onTap={() => setShowResult(true)}
        />
        {answered > 0 && (
          <ActionButton
            label='重新回答'
            onTap={() => {
              setAnswers({})
              setShowResult(false)
            }}
          />
        )}
      </View>
      {showResult && answered > 0 && (
        <View className='sy-check__result' aria-live='polite'>
          <Text className='sy-check__result-title'>可能适合您的政策（{suggestions.length} 项）</Text>
          {suggestions.length === 0 && (
            <Text className='sy-check__hint'>没有找到对应的政策，可以打 12345 问一问。</Text>
          )}
          {suggestions.map(({ policy, reasons }) => (
            <LinkCard key={policy.id} className='sy-check__suggestion' onTap={() => onOpen(policy.id)}>
              <Text className='sy-check__suggestion-title'>{policy.title}</Text>
              {reasons.length > 0 && <Text className='sy-check__reason'>因为：{reasons.join('；')}</Text>}
              <Text className='sy-check__more'>看看怎么申请 ›</Text>
            </LinkCard>
          ))}
          <View className='sy-check__disclaimer'>
            <Text className='sy-check__disclaimer-title'>请注意</Text>
            <Text className='sy-check__disclaimer-text'>{SELF_CHECK_DISCLAIMER}</Text>
          </View>
        </View>
      )}
    </View>
  )
}

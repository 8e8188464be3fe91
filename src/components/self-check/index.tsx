import { View, Text } from '@tarojs/components'
import { useMemo, useState } from 'react'
import {
  checkPolicies,
  type CheckedPolicy,
  SELF_CHECK_DISCLAIMER,
  SELF_CHECK_QUESTIONS,
  type SelfCheckSuggestion,
} from '@/domain/self-check'
import { isSampleField } from '@/domain/records'
import { ActionButton } from '@/components/action-button'
import { keyboardProps, roleProps } from '@/components/a11y-props'
import { LinkCard } from '@/components/link-card'
import './index.scss'

/** The conditions are ours, written from general policy, not the district's text (the summary states none). */
export const GUIDANCE_CONDITIONS = '这些条件是一般性说明，以当地当年公布为准'

export interface SelfCheckProps {
  policies: readonly CheckedPolicy[]
  /** Opens a suggested policy. */
  onOpen: (id: string) => void
}

function Suggestion({ item, onOpen }: { item: SelfCheckSuggestion; onOpen: (id: string) => void }) {
  return (
    <LinkCard className='sy-check__suggestion' onTap={() => onOpen(item.policy.id)}>
      <Text className='sy-check__suggestion-title'>{item.policy.title}</Text>
      <Text className='sy-check__reason'>符合的条件：{item.met.join('；')}</Text>
      {isSampleField(item.policy.source, 'eligibility') && (
        <Text className='sy-check__unknown'>{GUIDANCE_CONDITIONS}</Text>
      )}
      {item.unknown.length > 0 && <Text className='sy-check__unknown'>还要问清：{item.unknown.join('；')}</Text>}
      <Text className='sy-check__more'>看看怎么申请 ›</Text>
    </LinkCard>
  )
}

/**
 * 我能申请吗: a few plain questions, weighed against each policy's stated conditions.
 * Answers live in this component's state only: never stored, never sent.
 */
export function SelfCheck({ policies, onOpen }: SelfCheckProps) {
  const [answers, setAnswers] = useState<Record<string, string>>({})
  const [showResult, setShowResult] = useState(false)
  // What 重新回答 cleared, until the next answer: one tap on 撤销 brings every answer back.
  const [cleared, setCleared] = useState<{ answers: Record<string, string>; showResult: boolean } | undefined>()
  const answered = SELF_CHECK_QUESTIONS.filter((q) => answers[q.id] !== undefined).length
  const result = useMemo(() => checkPolicies(policies, answers), [policies, answers])

  const choose = (question: string, value: string) => {
    setCleared(undefined)
    setAnswers((prev) => {
      const next = { ...prev }
      if (next[question] === value) delete next[question]
      else next[question] = value
      return next
    })
  }

  return (
    <View className='sy-check'>
      <Text className='sy-check__intro'>
        回答几个问题，看看哪些政策可能适合您家。不想答的题可以跳过；回答不会被保存或发送。
      </Text>
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
              setCleared({ answers, showResult })
              setAnswers({})
              setShowResult(false)
            }}
          />
        )}
      </View>
      {cleared && (
        <View className='sy-check__undo' role='status'>
          <Text className='sy-check__undo-text'>已清空全部回答</Text>
          <ActionButton
            label='撤销'
            onTap={() => {
              setAnswers(cleared.answers)
              setShowResult(cleared.showResult)
              setCleared(undefined)
            }}
          />
        </View>
      )}
      {showResult && answered > 0 && (
        <View className='sy-check__result' aria-live='polite'>
          <Text className='sy-check__result-title'>很可能符合（{result.likely.length} 项）</Text>
          {result.likely.length === 0 && (
            <Text className='sy-check__hint'>从您的回答看，没有每个条件都符合的政策。</Text>
          )}
          {result.likely.map((item) => (
            <Suggestion key={item.policy.id} item={item} onOpen={onOpen} />
          ))}
          {result.ask.length > 0 && (
            <View className='sy-check__ask'>
              <Text className='sy-check__result-title'>可以问问（{result.ask.length} 项）</Text>
              <Text className='sy-check__hint'>有的条件从您的回答看不出来，可以问问村（社区）或打 12345。</Text>
              {result.ask.map((item) => (
                <Suggestion key={item.policy.id} item={item} onOpen={onOpen} />
              ))}
            </View>
          )}
          <Text className='sy-check__hint'>其余政策从您的回答看不符合，或者不是个人申请的，就不列出了。</Text>
          <View className='sy-check__disclaimer'>
            <Text className='sy-check__disclaimer-title'>请注意</Text>
            <Text className='sy-check__disclaimer-text'>{SELF_CHECK_DISCLAIMER}</Text>
          </View>
        </View>
      )}
    </View>
  )
}

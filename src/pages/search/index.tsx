import { View, Text } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { roleProps } from '@/components/a11y-props'
import { ElderSwitch } from '@/components/elder-switch'
import { EmptyState } from '@/components/empty-state'
import { HighlightText } from '@/components/highlight-text'
import { LinkCard } from '@/components/link-card'
import { SampleBadge } from '@/components/sample-badge'
import { PageShell } from '@/components/page-shell'
import { PendingNote } from '@/components/pending-note'
import { SearchBox } from '@/components/search-box'
import type { Domain } from '@/content/schema'
import { DOMAINS, DOMAIN_LABELS } from '@/domain/records'
import { detailPath, listPath, searchPathFor } from '@/domain/routes'
import type { HitFacts } from '@/domain/search/facts'
import type { SearchGroup, SearchHit } from '@/domain/search/hit'
import { cleanQuery, isolate } from '@/domain/search/query'
import { asksSelfCheck, SEARCH_SUGGESTIONS } from '@/domain/search/words'
import { useNow } from '@/hooks/use-now'
import { useLiveQueryParam } from '@/hooks/use-query-param'
import { useRecentSearches } from '@/hooks/use-recent-searches'
import { useHitFacts, useRememberSearch, useRevealed, useSearch, useShownResult } from '@/hooks/use-search'
import { useSharing } from '@/hooks/use-sharing'
import { openRoute } from '@/platform/nav'
import { needSearch } from '@/platform/search-kit'
import './index.scss'

/** Hits shown per group before 展开全部. */
const FIRST_HITS = 5
/** Hit rows drawn with the keystroke (about a phone screen); the others follow at the next idle moment. */
const FIRST_SCREEN_ROWS = 6

/** A chip shows a long search by its start (a pasted paragraph would fill the screen); a tap searches all of it. */
const CHIP_CHARS = 12

function Chips({ words, onPick, label }: { words: readonly string[]; onPick: (w: string) => void; label: string }) {
  return (
    <View className='sy-search__chips' role='group' ariaLabel={label}>
      {words.map((w) => {
        // By characters as a person counts them: an emoji is one, not two halves.
        const chars = Array.from(w)
        const long = chars.length > CHIP_CHARS
        return (
          <View
            key={w}
            className='sy-search__chip'
            {...roleProps('button')}
            ariaLabel={long ? w : undefined}
            onClick={() => onPick(w)}
          >
            <Text>{long ? `${chars.slice(0, CHIP_CHARS).join('')}…` : w}</Text>
          </View>
        )
      })}
    </View>
  )
}

type FactsOf = (hit: SearchHit) => HitFacts | undefined

function HitRow({ hit, onOpen, factsOf }: { hit: SearchHit; onOpen: (hit: SearchHit) => void; factsOf: FactsOf }) {
  const facts = factsOf(hit)
  return (
    <View
      className={`sy-search__hit${facts?.over ? ' sy-search__hit--over' : ''}`}
      {...roleProps('link')}
      onClick={() => onOpen(hit)}
    >
      <View className='sy-search__hit-head'>
        <HighlightText className='sy-search__hit-title' text={hit.title} ranges={hit.titleRanges} />
        {hit.sample && (
          <SampleBadge after={hit.title} record={{ source: { kind: 'sample' }, collection: hit.domain }} />
        )}
      </View>
      <Text className='sy-search__hit-sub'>{hit.subtitle}</Text>
      {facts && <Text className='sy-search__hit-facts'>{facts.text}</Text>}
      {hit.snippet && (
        <HighlightText className='sy-search__hit-snippet' text={hit.snippet} ranges={hit.snippetRanges} />
      )}
    </View>
  )
}

function Group({
  group,
  onOpen,
  factsOf,
  rows = FIRST_HITS,
}: {
  group: SearchGroup
  onOpen: (hit: SearchHit) => void
  factsOf: FactsOf
  /** At most this many rows for now (below the first screen: none yet). */
  rows?: number
}) {
  const [all, setAll] = useState(false)
  const partial = rows < Math.min(FIRST_HITS, group.count)
  const shown = all ? group.hits : group.hits.slice(0, Math.min(FIRST_HITS, rows))
  return (
    <View className='sy-search__group'>
      <Text className='sy-search__group-title'>
        {group.label}
        <Text className='sy-search__count'> {group.count} 条</Text>
      </Text>
      {shown.map((hit) => (
        <HitRow key={hit.id} hit={hit} onOpen={onOpen} factsOf={factsOf} />
      ))}
      {!partial && group.count > shown.length && (
        <View className='sy-search__more' {...roleProps('button')} onClick={() => setAll(true)}>
          <Text>
            展开全部 {group.count} 条{group.label}
          </Text>
        </View>
      )}
    </View>
  )
}

// Near misses (homophones, one wrong character): opening one does not save the query, which found nothing itself.
function DidYouMean({ hits, factsOf }: { hits: readonly SearchHit[]; factsOf: FactsOf }) {
  if (hits.length === 0) return null
  return (
    <View className='sy-search__block sy-search__did-you-mean'>
      <Text className='sy-search__block-title'>你是不是要找…</Text>
      {hits.map((hit) => (
        <HitRow
          key={`${hit.domain}-${hit.id}`}
          hit={hit}
          onOpen={(h) => void openRoute(detailPath(h.domain, h.id))}
          factsOf={factsOf}
        />
      ))}
    </View>
  )
}

function DomainLinks() {
  return (
    <View className='sy-search__chips'>
      {DOMAINS.map((domain: Domain) => (
        <View
          key={domain}
          className='sy-search__chip'
          {...roleProps('link')}
          onClick={() => void openRoute(listPath(domain))}
        >
          <Text>{DOMAIN_LABELS[domain]}</Text>
        </View>
      ))}
    </View>
  )
}

/** The groups under 最相关: the top hit is shown once, so its group lists (and counts) the others. */
function groupsBelow(top: SearchHit | undefined, groups: readonly SearchGroup[]): SearchGroup[] {
  if (!top) return [...groups]
  return groups
    .map((g) => (g.domain === top.domain ? { ...g, count: g.count - 1, hits: g.hits.filter((h) => h !== top) } : g))
    .filter((g) => g.count > 0)
}

/**
 * What was searched, as the person's own words: a box of its own after a neutral label, never inside one of the
 * app's sentences (a link may carry any ?q=, and 复制链接 passes it on).
 */
function AskedFor({ words }: { words: string }) {
  return (
    <View className='sy-search__asked'>
      <Text className='sy-search__asked-label'>你搜的是：</Text>
      <Text className='sy-search__asked-words'>{isolate(words)}</Text>
    </View>
  )
}

export default function SearchPage() {
  // A link or QR code may carry anything: keep at most 64 characters, without direction controls.
  const fromUrl = cleanQuery(useLiveQueryParam('q'))
  const [query, setQuery] = useState(fromUrl)
  // A link or QR code carrying ?q= runs that search, also when the tab page is already open.
  useEffect(() => setQuery(fromUrl), [fromUrl])
  // Search's code and documents are not loaded with the page, but on the first search (needSearch): what was typed
  // meanwhile is searched when they arrive.
  const { result: found, ready, pending } = useSearch(query)
  // Between two answers, words that find nothing do not flash 没有找到结果 (useShownResult).
  const result = useShownResult(found)
  const revealed = useRevealed(result)
  const recent = useRecentSearches()
  // Only searches that found something are worth offering again.
  const remember = useRememberSearch(ready, recent.remember)
  const now = useNow()
  const factsAt = useHitFacts(ready)
  const factsOf = (hit: SearchHit) => factsAt(hit, now)
  const trimmed = result.query
  useSharing({
    // Never the query in our own words: a link may carry anything (?q=…) and the card would say it for us.
    title: trimmed ? '在智慧双阳搜索' : '智慧双阳：一个框搜全区服务',
    path: trimmed ? searchPathFor(trimmed) : '/pages/search/index',
  })

  const type = (value: string) => {
    if (value !== '') needSearch()
    setQuery(value.slice(0, 64))
  }
  const pick = (word: string) => {
    needSearch()
    setQuery(word)
    remember(word)
  }
  const open = (hit: SearchHit) => {
    remember(trimmed)
    void openRoute(detailPath(hit.domain, hit.id))
  }
  const top = result.total > 1 ? result.hits[0] : undefined
  const groups = groupsBelow(top, result.groups)
  // Rows per group: a first screen's worth (after the top hit), all of them once revealed.
  let left = revealed ? Infinity : FIRST_SCREEN_ROWS - (top ? 1 : 0)
  const rows = groups.map((group) => {
    const n = Math.max(0, Math.min(FIRST_HITS, group.count, left))
    left -= n
    return n
  })

  return (
    <PageShell className='sy-search' title='搜索'>
      <Text className='sy-search__title'>搜一搜</Text>
      <SearchBox
        value={query}
        onChange={type}
        onConfirm={remember}
        focus={fromUrl === ''}
        // A tap on the box says the person is about to type; the automatic focus says nothing.
        onTouchStart={needSearch}
      />
      {result.elderIntent && (
        <View className='sy-search__elder'>
          <ElderSwitch prompt='想让字更大、按钮更大？打开长辈版：' />
        </View>
      )}
      {asksSelfCheck(trimmed) && (
        <LinkCard className='sy-search__self-check' onTap={() => void openRoute(`${listPath('policies')}?check=1`)}>
          <Text className='sy-search__self-check-title'>不知道能申请哪些政策？做个自测 ›</Text>
          <Text className='sy-search__self-check-hint'>回答几个问题，看看哪些惠民政策可能适合您家</Text>
        </LinkCard>
      )}
      {trimmed === '' ? (
        <View>
          {recent.items.length > 0 && (
            <View className='sy-search__block'>
              <View className='sy-search__block-head'>
                <Text className='sy-search__block-title'>最近搜索</Text>
                <View className='sy-search__clear' {...roleProps('button')} onClick={recent.clear}>
                  <Text>清除记录</Text>
                </View>
              </View>
              <Chips label='最近搜索' words={recent.items} onPick={pick} />
            </View>
          )}
          <View className='sy-search__block'>
            <Text className='sy-search__block-title'>大家常搜</Text>
            <Chips label='大家常搜' words={SEARCH_SUGGESTIONS} onPick={pick} />
          </View>
          <View className='sy-search__block'>
            <Text className='sy-search__block-title'>按类别看</Text>
            <DomainLinks />
          </View>
          <Text className='sy-search__tip'>可以打汉字，也可以打拼音或拼音首字母，比如 mhlj 就能找到“梅花鹿节”。</Text>
        </View>
      ) : !ready ? (
        <PendingNote pending={pending ?? 'loading'} what='搜索内容' onRetry={needSearch} />
      ) : result.total === 0 ? (
        <View>
          <AskedFor words={trimmed} />
          <EmptyState
            title='没有找到结果'
            hint={
              result.suggestions.length > 0
                ? undefined
                : '试试少打几个字，或者换个说法；不知道怎么说，可以拨打 12345 问一问。'
            }
          >
            {result.suggestions.length === 0 && <Chips label='试试这些' words={SEARCH_SUGGESTIONS} onPick={pick} />}
          </EmptyState>
          <DidYouMean hits={result.suggestions} factsOf={factsOf} />
          <Text className='sy-search__tip'>也可以按类别看全部：</Text>
          <DomainLinks />
        </View>
      ) : (
        <View>
          <Text className='sy-search__summary' aria-live='polite'>
            共找到 {result.total} 条
          </Text>
          {top && (
            <View className='sy-search__top'>
              <Text className='sy-search__block-title'>最相关</Text>
              <HitRow hit={top} onOpen={open} factsOf={factsOf} />
            </View>
          )}
          {groups.map((group, i) => (
            <Group
              key={`${group.domain}-${result.query}`}
              group={group}
              onOpen={open}
              factsOf={factsOf}
              rows={rows[i]}
            />
          ))}
          <DidYouMean hits={result.suggestions} factsOf={factsOf} />
        </View>
      )}
    </PageShell>
  )
}

/**
 * Abbreviations and their full forms. A term containing one is also searched
 * with each of the others swapped in (低保申请 → 最低生活保障申请). Policies
 * add their own `keywords`, which are searched like titles.
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['低保', '最低生活保障'],
  ['医保', '医疗保险', '医疗保障'],
  ['社保', '社会保险'],
  ['养老金', '养老保险'],
  ['五保', '特困供养', '特困人员'],
  ['新农合', '居民医保', '合作医疗'],
  ['大病医保', '大病保险'],
  ['残补', '残疾人补贴', '残疾人两项补贴'],
  ['公益岗', '公益岗位', '公益性岗位'],
  ['防返贫', '防止返贫'],
  ['地补', '耕地地力保护补贴'],
  ['体检', '健康检查'],
]

/** Everyday words for the same thing: used only when the whole word is typed (找工作 → 招聘, 岗位 …). */
export const RELATED_WORDS: readonly (readonly string[])[] = [
  // 打工 is also 外出务工's word (我儿子在外地打工回来想找活 wants the posts too).
  ['找工作', '招聘', '岗位', '就业', '找活', '活干', '干活', '打工'],
  ['打工', '务工'],
  ['老人', '老年人', '高龄'],
  // 老了以后每个月能领钱吗: a pension, in a villager's words.
  ['老了', '养老', '退休', '年纪大了', '上了年纪'],
  ['每个月', '每月', '按月'],
  ['没钱', '缺钱', '家里困难', '生活困难', '收入低'],
  // A season's words find what is on then: 冬天有什么活动 → 冰雪季, 冬季….
  ['冬天', '冬季', '冰雪', '下雪', '玩雪'],
  ['夏天', '夏季', '消夏', '避暑'],
  ['看病', '就医', '医疗'],
  ['上学', '教育', '学校'],
  ['种地', '耕地', '农田', '耕作', '种粮'],
  ['景区', '景点', '旅游'],
  ['节日', '节庆', '活动'],
]

/**
 * Words of a question that are not what it is about (怎么, 哪里, 吗 …): a question is searched without them.
 * Longer ones first where one holds another. Single characters (了, 的, 吗) are never searched on their own anyway.
 */
export const QUESTION_WORDS = [
  '什么时候',
  '怎么申请',
  '怎么办',
  '怎么样',
  '怎么',
  '如何',
  '怎样',
  '哪里',
  '哪儿',
  '在哪',
  '什么',
  '几号',
  '几点',
  '哪天',
  '多少钱',
  '多少',
  '我想',
  '想要',
  '我要',
  '有没有',
  '有吗',
  '请问',
  '可以',
  '能不能',
  '能否',
  '一下',
  '帮我',
  '告诉我',
  '有啥',
  '有哪些',
  '哪些',
  '哪个',
  '找个',
  '是不是',
] as const

/** The district's own name says nothing about which record is meant: every record is in 双阳. */
export const DISTRICT_WORDS = ['双阳区', '双阳'] as const

/**
 * Words that say which kind of record a question wants, when they are not part of what it names: 招聘 → job
 * posts, 几号 → events, 怎么领 → policies, 去哪玩 → places. A record of that kind ranks higher; a question
 * of nothing but them (双阳招聘) lists that kind.
 */
export const INTENT_WORDS: Readonly<Record<'jobs' | 'events' | 'policies' | 'attractions', readonly string[]>> = {
  jobs: ['招聘', '招人', '招工', '找工作', '工作', '求职', '上班', '找活', '招'],
  events: ['什么时候', '几号', '哪天', '几点', '开幕', '举办', '门票'],
  policies: ['怎么申请', '申请', '怎么领', '能领', '领钱', '办理', '政策'],
  attractions: ['好玩', '去哪玩', '哪里玩', '游玩', '景点', '门票', '哪里', '在哪', '哪儿'],
}

/** Typing any of these offers the 长辈版 switch. */
export const ELDER_MODE_WORDS = [
  '长辈版',
  '长辈',
  '关怀版',
  '关怀模式',
  '大字',
  '字大',
  '字太小',
  '老年版',
  '老年',
  '适老',
  '老人版',
] as const

/** Asking what one may apply for (我能申请什么, 自测): the search page offers the self-check (我能申请吗). */
export const SELF_CHECK_WORDS = [
  '自测',
  '自查',
  '测一测',
  '能申请什么',
  '能领什么',
  '能办什么',
  '适合我',
  '符合条件',
  '够不够条件',
  '能不能申请',
  '我能申请吗',
] as const

export function asksSelfCheck(query: string): boolean {
  const q = query.replace(/\s+/g, '')
  return SELF_CHECK_WORDS.some((w) => q.includes(w))
}

/** Offered on an empty box; each finds something in the embedded content (tested). */
export const SEARCH_SUGGESTIONS = [
  '梅花鹿节',
  '低保',
  '医保',
  '公益岗位',
  '消夏节',
  '153中学',
  '养老保险',
  '雕塑公园',
] as const

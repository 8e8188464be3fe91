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
  ['找工作', '招聘', '岗位', '就业', '找活'],
  ['打工', '务工'],
  ['老人', '老年人', '高龄'],
  ['看病', '就医', '医疗'],
  ['上学', '教育', '学校'],
  ['景区', '景点', '旅游'],
  ['节日', '节庆', '活动'],
]

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

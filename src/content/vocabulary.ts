/*
 * The plain values of the content model: ids of domains and categories, limits, the cited document. No
 * valibot here, so pages and domain code can use them without pulling in the schema.
 */

export const SCHEMA_VERSION = 1

export const SOURCE_DOC = '000_820736ea15743918.txt'

/** How the app names the source document to people: its title, never its file name. */
export const SOURCE_TITLE = '双阳区2022年工作总结'

/** Bounding box of Shuangyang district (GCJ-02), generous by a few km. */
export const DISTRICT_BOUNDS = { minLat: 43.25, maxLat: 43.8, minLng: 125.35, maxLng: 126.1 } as const

/** Public hotlines that may appear as they are in any record. */
export const PUBLIC_HOTLINES = ['12345', '12333', '12348', '12320', '110', '119', '120'] as const

/** Invented numbers must be obviously fictional: a Changchun landline whose local part starts 0000. */
export const FICTIONAL_PHONE_PATTERN = /^0431-0000\d{3,4}$/

export const LIVELIHOOD_CATEGORIES = [
  '教育',
  '医疗卫生',
  '文化体育',
  '城市建设',
  '交通出行',
  '乡村振兴',
  '生态环境',
  '社会保障',
  '就业创业',
  '便民服务',
] as const

export const LIVELIHOOD_STATUSES = ['not-started', 'in-progress', 'done'] as const

/** The year the source document reports on: every item it states is dated so. */
export const REPORT_YEAR = 2022

/** The paragraphs of the 2022 summary, by their own headings; a reported item names the one it comes from. */
export const SUMMARY_CHAPTERS = [
  '项目建设逆势突破',
  '经济运行企稳回升',
  '城市品质大幅提升',
  '乡村振兴全力推进',
  '生态环境有效改善',
  '改革创新蹄疾步稳',
  '民生保障坚实有力',
  '党的建设全面加强',
] as const

/** The paragraph that states the 63 livelihood items (without listing them). */
export const LIVELIHOOD_CHAPTER = '民生保障坚实有力'

/**
 * Real names a demo-plan project must never carry (its title, summary, unit or milestones): the district, its
 * towns and the schools, hospitals, roads, places and offices the summary names. Town names of the pack are
 * added by the checker.
 */
export const REAL_NAME_DENY_LIST = [
  '双阳',
  '153中学',
  '区医院',
  '人民医院',
  '中医院',
  '教育局',
  '卫生健康局',
  '住建局',
  '交通运输局',
  '区政府',
  '黄山路',
  '玉山路',
  '杏树河',
  '石溪河',
  '如意湖',
  '龙头门',
  '天盛御景',
  '土柳线',
  '雕塑公园',
  '双阳湖',
  '鹿峰',
  '黑鱼村',
  '李家村',
  '小石村',
  '前城村',
  '广生村',
  '山河街区',
  '土顶街区',
  '长双',
  '珲阿',
  // Companies, projects and places the summary names: no sample record may borrow them either.
  '吉通',
  '海悦',
  '卓谊',
  '金冠',
  '鑫利',
  '薪大',
  '东大',
  '国信',
  '鹿港',
  '吉鹿',
  '黑顶子河',
  '两湖',
  '春城驿家',
  '马文化产业园',
  '高新创业孵化基地',
] as const

/** The district's own name: a sample title that uses it (or a town's name) says 示例 or 某. */
export const DISTRICT_NAME = '双阳'

/**
 * Real festivals held on real days: a sample event may not borrow their names with a date of its own
 * (the 中国农民丰收节 is on the autumn equinox, set nationally).
 */
export const REAL_FESTIVAL_NAMES = ['丰收节'] as const

export const JOB_TYPES = ['enterprise', 'public-welfare', 'poverty-relief'] as const

export const JOB_SCHEDULES = ['full-time', 'part-time'] as const

export const PAY_UNITS = ['month', 'day', 'hour'] as const

export const EVENT_CATEGORIES = ['节庆', '文体', '展会', '农事', '夜游'] as const

export const WEEKDAYS = [0, 1, 2, 3, 4, 5, 6] as const

export const POLICY_CATEGORIES = [
  '社会救助',
  '医疗保障',
  '防返贫监测',
  '就业帮扶',
  '农业支持',
  '乡村治理',
  '养老服务',
  '教育资助',
] as const

/** Situations the 我能申请吗 self-check asks about; policies list the ones they serve. */
export const POLICY_AUDIENCES = [
  'low-income',
  'elderly',
  'disabled',
  'serious-illness',
  'rural-hukou',
  'farmer',
  'job-seeker',
  'student',
  'poverty-risk',
  'everyone',
] as const

/**
 * What the 我能申请吗 self-check knows about a household, each true, false or
 * unknown from the answers. Some are never asked (a policy condition on them
 * stays unknown: 可以问问).
 */
export const ELIGIBILITY_FACTS = [
  /** 户口在本地 */
  'local-hukou',
  /** 本地农村户口 */
  'rural-hukou',
  /** 已经是低保户或特困供养人员 */
  'dibao-or-tekun',
  /** 脱贫户或防返贫监测户 */
  'poverty-registered',
  /** 家里收入很低，日子一直很难 */
  'low-income',
  /** 最近因灾、病、意外，日子一下子过不下去 */
  'sudden-hardship',
  /** 没有劳动能力、没有收入来源、也没有人能养 */
  'no-support',
  /** 家里有人有残疾（有证没证都算） */
  'disability',
  /** 家里有人持残疾人证 */
  'disability-certificate',
  /** 残疾等级一级或二级 */
  'severe-disability',
  /** 家里有人得了重病或看病花了一大笔钱 */
  'serious-illness',
  /** 参加了城乡居民医保 */
  'resident-medical-insurance',
  /** 有单位交的职工医保 */
  'employee-insurance',
  /** 有单位交的职工养老保险 */
  'employee-pension',
  /** 现在有工作（上班、打工、做生意都算） */
  'working',
  /** 家里有人想找活干或学手艺 */
  'job-seeker',
  /** 种地：有承包地而且在种 */
  'farming',
  /** 搞养殖 */
  'breeding',
  /** 家里有孩子上中职、高职或技工学校 */
  'vocational-student',
  /** 家里有孩子在上学（幼儿园到大学） */
  'student',
  /** 出不了远门（照顾家人、年纪大等），没问 */
  'stays-near-home',
  /** 今年按要求做了秸秆覆盖、免耕播种，没问 */
  'conservation-tillage-done',
  /** 买了或要买补贴目录里的农机，没问 */
  'buying-farm-machine',
  /** 房子不安全、吃水难或孩子上学难，没问 */
  'basic-needs-problem',
] as const

export const DOMAINS = ['livelihood', 'jobs', 'events', 'attractions', 'policies'] as const

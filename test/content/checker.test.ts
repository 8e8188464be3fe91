import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { ContentPack } from '@/content/schema'
import { formatProblem } from '@/content/problem'
import { acceptPackText, MAX_PACK_BYTES, validateRecords } from '@/content/validate'
import { decidePack } from '@/domain/content-update'

/** A small valid pack, independent of the embedded content. */
function validPack(): ContentPack {
  return {
    schemaVersion: 1,
    version: 3,
    updatedAt: '2024-05-01T08:00:00+08:00',
    edition: 'demo',
    towns: [
      { id: 'yunshan', name: '云山街道', kind: '街道', source: { kind: 'sample' } },
      { id: 'luxiang', name: '鹿乡镇', kind: '镇', location: { lat: 43.52, lng: 125.7 }, source: { kind: 'sample' } },
    ],
    livelihood: [
      {
        id: 'school-153',
        kind: 'reported',
        title: '153中学异地新建',
        category: '教育',
        stage: '异地新建',
        year: 2022,
        chapter: '民生保障坚实有力',
        source: { kind: 'cited', doc: '000_820736ea15743918.txt', quote: '153中学异地新建' },
      },
      {
        id: 'demo-yard',
        kind: 'demo',
        title: '示例小区改造',
        category: '城市建设',
        status: 'in-progress',
        progress: 60,
        summary: '新建校舍，扩大招生。',
        milestones: [{ date: '2024-03-01', title: '主体封顶', done: true }],
        responsibleUnit: '演示用责任单位（虚构）',
        updatedAt: '2024-04-20',
        source: { kind: 'sample' },
      },
    ],
    jobs: [
      {
        id: 'job-cashier',
        title: '超市收银员',
        employer: '双阳示例超市',
        type: 'enterprise',
        schedule: 'full-time',
        townId: 'yunshan',
        address: '云山街道示例路 1 号',
        pay: { min: 2500, max: 3200, unit: 'month' },
        hours: '8:00–17:00，做六休一',
        headcount: 2,
        duties: ['收银结算'],
        requirements: ['会用智能手机'],
        postedAt: '2024-04-01',
        deadline: '2024-05-31',
        contact: { name: '王经理', phone: '0431-00001234' },
        source: { kind: 'sample' },
      },
    ],
    events: [
      {
        id: 'deer-festival',
        title: '梅花鹿节',
        category: '节庆',
        recurrence: 'annual',
        start: '2024-07-01T09:00+08:00',
        end: '2024-07-03T21:00+08:00',
        summary: '鹿乡的节日。',
        venue: '鹿乡镇某广场',
        address: '鹿乡镇',
        townId: 'luxiang',
        attractionId: 'deer-park',
        price: '免费',
        highlights: ['鹿产品展销'],
        schedule: [{ when: '7月1日上午', what: '开幕式' }],
        source: { kind: 'sample' },
      },
    ],
    attractions: [
      {
        id: 'deer-park',
        name: '梅花鹿养殖园',
        tags: ['亲子'],
        free: false,
        price: '20 元',
        summary: '看梅花鹿。',
        description: ['园区饲养梅花鹿。'],
        hours: [{ label: '全年', from: '01-01', to: '12-31', open: '08:30', close: '17:00' }],
        phone: '12345',
        address: '鹿乡镇',
        townId: 'luxiang',
        location: { lat: 43.52, lng: 125.7 },
        bestSeason: '夏季',
        source: { kind: 'sample' },
      },
    ],
    policies: [
      {
        id: 'dibao',
        title: '城乡低保',
        category: '社会救助',
        summary: '家庭收入低于标准可以申请。',
        audiences: ['low-income'],
        whoQualifies: ['家庭人均收入低于当地低保标准'],
        whatToBring: ['身份证', '户口本'],
        whereToGo: ['户籍所在地街道（乡镇）便民服务中心'],
        whomToCall: [{ name: '政务服务热线', phone: '12345' }],
        eligibility: {
          kind: 'benefit',
          all: [[{ fact: 'local-hukou', is: true }], [{ fact: 'low-income', is: true }]],
        },
        links: [{ title: '政策原文', url: 'https://www.example.gov.cn/dibao' }],
        reviewedAt: '2024-04-01',
        source: { kind: 'sample' },
      },
    ],
  }
}

type Key = string | number
type Edit = (pack: Record<string, unknown>) => void

function parentOf(pack: Record<string, unknown>, keys: Key[]): Record<Key, unknown> {
  return keys.slice(0, -1).reduce<Record<Key, unknown>>((node, key) => node[key] as Record<Key, unknown>, pack)
}

/** `set('jobs.0.headcount', '3')`: an edit that puts a (bad) value at a path. */
function set(at: string, value: unknown): Edit {
  const keys: Key[] = at.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k))
  return (pack) => {
    parentOf(pack, keys)[keys[keys.length - 1] as Key] = value
  }
}

function remove(at: string): Edit {
  const keys: Key[] = at.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k))
  return (pack) => {
    delete parentOf(pack, keys)[keys[keys.length - 1] as Key]
  }
}

function both(...edits: Edit[]): Edit {
  return (pack) => edits.forEach((edit) => edit(pack))
}

/** The lines `content:check` prints for a pack. */
function check(pack: unknown): string[] {
  const result = validateRecords(pack)
  return result.ok ? [] : result.problems.map(formatProblem)
}

// Each CLI run starts Node with tsx; slow on a loaded 2-core machine.
const CLI_TIMEOUT = 60_000
const STATUS_MISMATCH = '进度与状态不一致（已完成=100，未开工=0，推进中=1–99）'
const FAKE_PHONE = '示例电话必须是明显虚构的号码（0431-0000xxxx）或公共热线'
const MARKUP = '不能含有标记、脚本或链接代码'
const OFFICIAL_SAMPLE = '正式版内容包不能含示例记录'

describe('content checker', () => {
  it('accepts the valid fixture', () => {
    expect(check(validPack())).toEqual([])
  })

  it.each<[string, Edit, string[]]>([
    // required fields and types
    ['a missing field', remove('livelihood.0.title'), ['livelihood/school-153: title: 缺少必填项']],
    ['a wrong type', set('jobs.0.headcount', '3'), ['jobs/job-cashier: headcount: 应为数字，实际为 "3"']],
    [
      'a value outside its list',
      set('livelihood.0.category', '其他'),
      [
        'livelihood/school-153: category: 类别应为：教育、医疗卫生、文化体育、城市建设、交通出行、乡村振兴、生态环境、社会保障、就业创业、便民服务',
      ],
    ],
    ['a record that is not an object', set('jobs.0', 'x'), ['jobs[0]: (记录): 应为对象，实际为 "x"']],
    ['an empty text', set('jobs.0.duties.0', '   '), ['jobs/job-cashier: duties[0]: 不能为空']],
    // ids
    [
      'a duplicate id',
      (pack) => (pack.towns as unknown[]).push({ ...validPack().towns[0] }),
      ['towns/yunshan: id: 重复的 id'],
    ],
    [
      'a badly formed id',
      set('jobs.0.id', 'Job_1'),
      ['jobs[0]: id: 编号只能用小写字母、数字和连字符（如 meihualu-jie）'],
    ],
    ['a missing id', remove('jobs.0.id'), ['jobs[0]: id: 缺少必填项']],
    // references
    [
      'an unknown town',
      set('jobs.0.townId', 'nowhere'),
      ['jobs/job-cashier: townId: 引用了不存在的 towns id「nowhere」'],
    ],
    [
      'an unknown attraction',
      set('events.0.attractionId', 'nowhere'),
      ['events/deer-festival: attractionId: 引用了不存在的 attractions id「nowhere」'],
    ],
    // dates
    [
      'a date that does not exist',
      set('policies.0.reviewedAt', '2023-02-30'),
      ['policies/dibao: reviewedAt: 不是真实存在的日期'],
    ],
    [
      'a date in another format',
      set('livelihood.1.milestones.0.date', '2024/03/01'),
      ['livelihood/demo-yard: milestones[0].date: 应为日期，如 2026-12-07'],
    ],
    [
      'a job deadline in another format (no follow-on error)',
      set('jobs.0.postedAt', '2024/03/01'),
      ['jobs/job-cashier: postedAt: 应为日期，如 2026-12-07'],
    ],
    [
      'an opening season on a day that does not exist',
      set('attractions.0.hours.0.to', '02-30'),
      ['attractions/' + validPack().attractions[0]!.id + ': hours[0].to: 不是真实存在的日期'],
    ],
    [
      'a time not in Beijing time',
      set('events.0.start', '2024-07-01T09:00Z'),
      ['events/deer-festival: start: 应为北京时间 YYYY-MM-DDTHH:mm+08:00'],
    ],
    [
      'an event ending before it starts',
      set('events.0.end', '2024-06-30T09:00+08:00'),
      ['events/deer-festival: end: 结束时间不能早于开始时间'],
    ],
    [
      'an annual event longer than a year',
      set('events.0.end', '2025-07-03T21:00+08:00'),
      ['events/deer-festival: end: 每年举办的活动不能超过一年'],
    ],
    [
      'a deadline before the posting',
      set('jobs.0.deadline', '2024-02-01'),
      ['jobs/job-cashier: deadline: 截止日期不能早于发布日期'],
    ],
    ['pay with max below min', set('jobs.0.pay.max', 1000), ['jobs/job-cashier: pay.max: 最高薪资不能低于最低薪资']],
    // progress
    [
      'progress above 100',
      both(set('livelihood.1.progress', 101), set('livelihood.1.status', 'done')),
      ['livelihood/demo-yard: progress: 进度不能大于 100', `livelihood/demo-yard: progress: ${STATUS_MISMATCH}`],
    ],
    [
      'progress below 0',
      set('livelihood.1.progress', -1),
      ['livelihood/demo-yard: progress: 进度不能小于 0', `livelihood/demo-yard: progress: ${STATUS_MISMATCH}`],
    ],
    ['done below 100%', set('livelihood.1.status', 'done'), [`livelihood/demo-yard: progress: ${STATUS_MISMATCH}`]],
    [
      'not started with progress',
      set('livelihood.1.status', 'not-started'),
      [`livelihood/demo-yard: progress: ${STATUS_MISMATCH}`],
    ],
    // phones
    [
      'a malformed phone number',
      set('jobs.0.contact.phone', '12345678'),
      [
        'jobs/job-cashier: contact.phone: 电话号码格式不对（手机 11 位、座机 0431-xxxxxxxx 或公共热线）',
        `jobs/job-cashier: contact.phone: ${FAKE_PHONE}`,
      ],
    ],
    [
      'a real-looking mobile number',
      set('attractions.0.phone', '13912345678'),
      [`attractions/deer-park: phone: ${FAKE_PHONE}`],
    ],
    [
      'a real-looking landline in a policy',
      set('policies.0.whomToCall.0.phone', '0431-84221234'),
      [`policies/dibao: whomToCall[0].phone: ${FAKE_PHONE}`],
    ],
    // coordinates
    [
      'coordinates outside the district',
      set('attractions.0.location', { lat: 39.9, lng: 116.4 }),
      ['attractions/deer-park: location: 坐标不在双阳区范围内（GCJ-02）'],
    ],
    [
      'a town outside the district',
      set('towns.1.location.lng', 127.5),
      ['towns/luxiang: location: 坐标不在双阳区范围内（GCJ-02）'],
    ],
    // links and markup
    [
      'a plain http link',
      set('policies.0.links.0.url', 'http://www.example.gov.cn/x'),
      ['policies/dibao: links[0].url: 链接必须使用 https'],
    ],
    ['HTML in text', set('policies.0.summary', '点击<a href="x">这里</a>'), [`policies/dibao: summary: ${MARKUP}`]],
    [
      'a script URL in text',
      set('attractions.0.description.0', 'javascript:alert(1)'),
      [`attractions/deer-park: description[0]: ${MARKUP}`],
    ],
    [
      'an inline handler in text',
      set('events.0.highlights.0', '图片 onerror=alert(1)'),
      [`events/deer-festival: highlights[0]: ${MARKUP}`],
    ],
    [
      'an HTML entity in text',
      set('jobs.0.requirements.0', '能吃苦&nbsp;耐劳'),
      [`jobs/job-cashier: requirements[0]: ${MARKUP}`],
    ],
    // lengths
    ['a title over 60 characters', set('towns.0.name', '长'.repeat(61)), ['towns/yunshan: name: 不能超过 60 字']],
    [
      'a summary over 200 characters',
      set('livelihood.1.summary', '字'.repeat(201)),
      ['livelihood/demo-yard: summary: 不能超过 200 字'],
    ],
    // sources
    ['a record without a source', remove('policies.0.source'), ['policies/dibao: source: 缺少必填项']],
    [
      'a citation of another document',
      set('livelihood.0.source.doc', 'other.txt'),
      ['livelihood/school-153: source.doc: 来源应为 000_820736ea15743918.txt'],
    ],
    [
      'an unknown kind of source',
      set('livelihood.0.source', { kind: 'guess' }),
      [
        'livelihood/school-153: source.kind: 每条记录都要有来源：cited（引用 2022 年工作总结）、official（发布单位发布）或 sample（示例数据）',
      ],
    ],
    // the pack itself
    ['another schema version', set('schemaVersion', 2), ['pack: schemaVersion: 应为 1，实际为 2']],
    ['a version that is not a positive integer', set('version', 0), ['pack: version: 版本号应为正整数']],
    ['an updatedAt that is not ISO', set('updatedAt', 'yesterday'), ['pack: updatedAt: 应为 ISO 8601 时间（含时区）']],
    ['a missing collection', remove('policies'), ['pack: policies: 缺少或不是数组']],
    ['a missing edition', remove('edition'), ['pack: edition: 版本类别应为演示版或正式版']],
    ['an unknown edition', set('edition', 'beta'), ['pack: edition: 版本类别应为演示版或正式版']],
    // honesty
    [
      'an official pack with sample records',
      set('edition', 'official'),
      [
        `towns/yunshan: source: ${OFFICIAL_SAMPLE}`,
        `towns/luxiang: source: ${OFFICIAL_SAMPLE}`,
        `livelihood/demo-yard: source: ${OFFICIAL_SAMPLE}`,
        `jobs/job-cashier: source: ${OFFICIAL_SAMPLE}`,
        `events/deer-festival: source: ${OFFICIAL_SAMPLE}`,
        `attractions/deer-park: source: ${OFFICIAL_SAMPLE}`,
        `policies/dibao: source: ${OFFICIAL_SAMPLE}`,
      ],
    ],
    [
      'an official pack with a sample field in a cited record',
      both(
        set('edition', 'official'),
        (pack) => {
          for (const c of ['towns', 'jobs', 'events', 'attractions', 'policies']) pack[c] = c === 'towns' ? pack[c] : []
          pack.livelihood = (pack.livelihood as unknown[]).slice(0, 1)
          pack.towns = (pack.towns as Array<Record<string, unknown>>).map((t) => ({
            ...t,
            source: { kind: 'cited', doc: '000_820736ea15743918.txt', quote: '鹿乡镇' },
          }))
        },
        set('livelihood.0.source.sampleFields', ['responsibleUnit']),
      ),
      [
        'livelihood/school-153: source.sampleFields: “总结所载”的项目只写原文说的，不能有示例字段',
        'livelihood/school-153: source.sampleFields: 正式版内容包不能含示例字段',
      ],
    ],
    [
      'a sample field that is no field',
      set('livelihood.0.source.sampleFields', ['progres']),
      [
        'livelihood/school-153: source.sampleFields: “总结所载”的项目只写原文说的，不能有示例字段',
        'livelihood/school-153: source.sampleFields[0]: 没有名为 progres 的字段',
      ],
    ],
    [
      'a reported item carrying progress, milestones and a unit the summary does not give',
      both(
        set('livelihood.0.progress', 60),
        set('livelihood.0.milestones', [{ date: '2024-03-01', title: '主体封顶', done: true }]),
        set('livelihood.0.responsibleUnit', '区教育局'),
      ),
      [
        'livelihood/school-153: progress: “总结所载”的项目不能写进度：原文没有说（演示用的进度放在演示计划里）',
        'livelihood/school-153: milestones: “总结所载”的项目不能写进展节点：原文没有说（演示用的进度放在演示计划里）',
        'livelihood/school-153: responsibleUnit: “总结所载”的项目不能写责任单位：原文没有说（演示用的进度放在演示计划里）',
      ],
    ],
    [
      'a reported item whose stage word is not in its quote',
      set('livelihood.0.stage', '投入使用'),
      ['livelihood/school-153: stage: 进展用词「投入使用」不在引文中：只写原文的说法'],
    ],
    [
      'a reported item that is sample data',
      set('livelihood.0.source', { kind: 'sample' }),
      ['livelihood/school-153: source: “总结所载”的项目必须引用《双阳区2022年工作总结》'],
    ],
    [
      'a demo-plan project citing the summary',
      set('livelihood.1.source', { kind: 'cited', doc: '000_820736ea15743918.txt', quote: '153中学异地新建' }),
      ['livelihood/demo-yard: source: 演示计划的项目是虚构的，不能引用《双阳区2022年工作总结》'],
    ],
    [
      'a demo-plan project under a real school’s name, without a demo mark',
      set('livelihood.1.title', '153中学操场改造'),
      [
        'livelihood/demo-yard: title: 演示计划的项目名称要看得出是虚构的（含“示例”或“某”）',
        'livelihood/demo-yard: title: 演示计划不能用真实名称「153中学」：虚构的进度不能挂在真实的地方或单位上',
      ],
    ],
    [
      'a demo-plan project in a real town, run by a real office',
      both(
        set('livelihood.1.summary', '改造鹿乡镇的一个小区。'),
        set('livelihood.1.responsibleUnit', '区住建局'),
        set('livelihood.1.milestones.0.title', '黄山路段开工'),
      ),
      [
        'livelihood/demo-yard: responsibleUnit: 演示计划的责任单位要标明“虚构”或“示例”',
        'livelihood/demo-yard: summary: 演示计划不能用真实名称「鹿乡镇」：虚构的进度不能挂在真实的地方或单位上',
        'livelihood/demo-yard: responsibleUnit: 演示计划不能用真实名称「住建局」：虚构的进度不能挂在真实的地方或单位上',
        'livelihood/demo-yard: milestones[0].title: 演示计划不能用真实名称「黄山路」：虚构的进度不能挂在真实的地方或单位上',
      ],
    ],
    [
      'an event in another town than its attraction',
      set('events.0.townId', 'yunshan'),
      ['events/deer-festival: townId: 在景点「梅花鹿养殖园」举办，镇街应与景点相同（鹿乡镇）'],
    ],
    [
      'an event naming a town where its attraction names none',
      remove('attractions.0.townId'),
      ['events/deer-festival: townId: 在景点「梅花鹿养殖园」举办：景点没有填所在镇街，活动也不要填'],
    ],
    [
      'an event away from its attraction',
      set('events.0.location', { lat: 43.6, lng: 125.7 }),
      ['events/deer-festival: location: 在景点「梅花鹿养殖园」举办，坐标应与景点相同（43.52, 125.7）'],
    ],
    [
      'a fictional number reused by another party',
      set('attractions.0.phone', '0431-00001234'),
      [
        'attractions/deer-park: phone: 示例号码 0431-00001234 已给了「双阳示例超市」（jobs/job-cashier），不同单位不能共用一个号码',
      ],
    ],
    [
      'a fictional number of an employer given to a policy window',
      set('policies.0.whomToCall', [{ name: '社会救助窗口（示例号码）', phone: '0431-00001234' }]),
      [
        'policies/dibao: whomToCall[0].phone: 示例号码 0431-00001234 已给了「双阳示例超市」（jobs/job-cashier），不同单位不能共用一个号码',
      ],
    ],
    [
      'one employer under two fictional numbers',
      (pack) =>
        (pack.jobs as unknown[]).push({
          ...validPack().jobs[0],
          id: 'job-stocker',
          contact: { name: '李经理', phone: '0431-00001235' },
        }),
      [
        'jobs/job-stocker: contact.phone: 「双阳示例超市」已有示例号码 0431-00001234（jobs/job-cashier），一个单位只用一个号码',
      ],
    ],
    // A real place keeps no position of ours.
    [
      'coordinates, a town and an address on a cited place whose quote gives none',
      set('attractions.0.source', {
        kind: 'cited',
        doc: '000_820736ea15743918.txt',
        quote: '梅花鹿养殖园获评示范园区',
        sampleFields: ['price', 'hours', 'phone'],
      }),
      [
        'attractions/deer-park: location: 原文没有给出位置：真实地点不能写我们编的坐标（页面会写“具体位置以现场公布为准”）',
        'attractions/deer-park: townId: 原文没有写它在「鹿乡镇」：真实地点不能写我们猜的镇街',
        'attractions/deer-park: address: 原文没有写这个地址：真实地点不能写我们编的地址',
      ],
    ],
    // Sample names that read as real.
    // A price, hours or a programme the quote does not give is left to the place's notice, or marked sample.
    [
      'a price, hours and a phone on a cited place whose quote gives none',
      set('attractions.0.source', { kind: 'cited', doc: '000_820736ea15743918.txt', quote: '梅花鹿养殖园位于鹿乡镇' }),
      [
        'attractions/deer-park: location: 原文没有给出位置：真实地点不能写我们编的坐标（页面会写“具体位置以现场公布为准”）',
        'attractions/deer-park: price: 引文没有写票价：真实的地方和活动，写“以现场公布为准”，或者把它标为示例字段（页面会标“示例”）',
        'attractions/deer-park: hours: 引文没有写开放时间：真实的地方和活动，不填，或者把它标为示例字段（页面会标“示例”）',
        'attractions/deer-park: phone: 引文没有写电话：真实的地方和活动，不填，或者把它标为示例字段（页面会标“示例”）',
      ],
    ],
    [
      'open all day (an empty list of hours) on a cited place',
      both(
        set('attractions.0.source', {
          kind: 'cited',
          doc: '000_820736ea15743918.txt',
          quote: '梅花鹿养殖园位于鹿乡镇',
          sampleFields: ['price', 'phone'],
        }),
        set('attractions.0.hours', []),
      ),
      [
        'attractions/deer-park: location: 原文没有给出位置：真实地点不能写我们编的坐标（页面会写“具体位置以现场公布为准”）',
        'attractions/deer-park: hours: 引文没有写开放时间：真实的地方和活动，不填，或者把它标为示例字段（页面会标“示例”）',
      ],
    ],
    [
      'a ticket price and a programme on a cited festival',
      set('events.0.source', { kind: 'cited', doc: '000_820736ea15743918.txt', quote: '梅花鹿节汇聚人气' }),
      [
        'events/deer-festival: townId: 原文没有写它在「鹿乡镇」：真实地点不能写我们猜的镇街',
        'events/deer-festival: address: 原文没有写这个地址：真实地点不能写我们编的地址',
        'events/deer-festival: price: 引文没有写门票：真实的地方和活动，写“以当年公布为准”，或者把它标为示例字段（页面会标“示例”）',
        'events/deer-festival: highlights: 引文没有写活动亮点：真实的地方和活动，不填，或者把它标为示例字段（页面会标“示例”）',
        'events/deer-festival: schedule: 引文没有写日程安排：真实的地方和活动，不填，或者把它标为示例字段（页面会标“示例”）',
      ],
    ],
    [
      'a sample title with a town name and no 示例 or 某',
      set('events.0.title', '鹿乡梅花鹿节'),
      ['events/deer-festival: title: 示例数据的活动名称用了真实地名「鹿乡」：要写明“示例”或用“某”，免得被当成真的'],
    ],
    [
      'a sample title with the district name and no 示例 or 某',
      set('jobs.0.title', '双阳超市收银员'),
      ['jobs/job-cashier: title: 示例数据的岗位名称用了真实地名「双阳」：要写明“示例”或用“某”，免得被当成真的'],
    ],
    [
      'a sample employer borrowing a company the summary names',
      set('jobs.0.employer', '吉通示例公司'),
      ['jobs/job-cashier: employer: 示例数据的用工单位不能用真实名称「吉通」：换成虚构的名字'],
    ],
    [
      'a sample event borrowing a real festival',
      set('events.0.title', '示例丰收节'),
      ['events/deer-festival: title: 示例活动不能借用真实节日「丰收节」的名字：它有自己的日子，我们的日期是编的'],
    ],
    [
      'a cited benefit whose conditions are not marked as general guidance',
      set('policies.0.source', { kind: 'cited', doc: '000_820736ea15743918.txt', quote: '城乡低保标准同步提高' }),
      ['policies/dibao: source.sampleFields: 原文没有写申请条件：申请条件要列为示例字段，按一般性说明显示'],
    ],
  ])('reports %s', (_name, edit, lines) => {
    const pack = validPack() as unknown as Record<string, unknown>
    edit(pack)
    expect(check(pack)).toEqual(lines)
  })

  it('accepts an official pack of cited records only', () => {
    const pack = validPack() as unknown as Record<string, unknown>
    const cite = { kind: 'cited', doc: '000_820736ea15743918.txt', quote: '153中学异地新建' }
    pack.edition = 'official'
    pack.livelihood = (pack.livelihood as unknown[]).slice(0, 1)
    for (const c of ['towns', 'jobs', 'events', 'attractions', 'policies'])
      pack[c] = (pack[c] as Array<Record<string, unknown>>).map((r) => ({ ...r, source: cite }))
    // What the quote does not give stays out: the place's position, a benefit's conditions.
    for (const edit of [
      remove('attractions.0.location'),
      remove('attractions.0.townId'),
      remove('attractions.0.address'),
      remove('events.0.townId'),
      remove('events.0.address'),
      set('policies.0.eligibility', { kind: 'programme' }),
      // …and what it does not say of a place or a festival: left to their own notices.
      set('attractions.0.price', '以现场公布为准'),
      remove('attractions.0.hours'),
      remove('attractions.0.phone'),
      set('events.0.price', '以当年公布为准'),
      set('events.0.highlights', []),
      set('events.0.schedule', []),
    ])
      edit(pack)
    expect(check(pack)).toEqual([])
  })

  it('accepts one party with its number in several records, and an event where its attraction is', () => {
    const pack = validPack()
    pack.jobs.push({
      ...pack.jobs[0]!,
      id: 'job-stocker',
      title: '理货员',
      contact: { name: '李经理', phone: '0431-00001234' },
    })
    pack.events[0]!.location = { lat: 43.52, lng: 125.7 }
    expect(check(pack)).toEqual([])
  })

  it('reports every bad record, not only the first', () => {
    const pack = validPack() as unknown as Record<string, unknown>
    both(set('jobs.0.townId', 'nowhere'), remove('policies.0.source'))(pack)
    expect(check(pack)).toEqual([
      'policies/dibao: source: 缺少必填项',
      'jobs/job-cashier: townId: 引用了不存在的 towns id「nowhere」',
    ])
  })

  it('rejects something that is not a pack', () => {
    expect(check([])).toEqual(['pack: (整体): 内容包应为 JSON 对象'])
  })
})

/** schemaVersion nested `depth` lists deep, written as text (JSON.stringify itself would overflow). */
function deeplyNestedPackText(depth: number): string {
  const rest = JSON.stringify(validPack()).replace(/^\{"schemaVersion":1,/, '')
  return `{"schemaVersion":${'['.repeat(depth)}1${']'.repeat(depth)},${rest}`
}

/** The valid fixture padded past the size cap with a long (valid) paragraph list. */
function oversizedPackText(): string {
  const pack = validPack()
  const paragraph = '双阳区示例介绍文字。'.repeat(90)
  const copies = Math.ceil(MAX_PACK_BYTES / (paragraph.length * 3)) + 1
  pack.attractions[0]!.description = Array.from({ length: copies }, () => paragraph)
  return JSON.stringify(pack)
}

const INVISIBLE = '不能含有看不见的字符（零宽字符、双向控制符、填充符等）'
const MOBILE =
  '不能写真实格式的电话号码（手机、座机、400 号码，全角数字、+86、加点或空格的写法也算）：示例号码用 0431-0000xxxx，或写公共热线 12345'

describe('hostile packs: content:check and the app decide alike', () => {
  const hostile: Array<[string, string, string[]]> = [
    ['a version of 1e300', JSON.stringify({ ...validPack(), version: 1e300 }), ['pack: version: 版本号应为正整数']],
    [
      'every collection empty',
      JSON.stringify({
        ...validPack(),
        towns: [],
        livelihood: [],
        jobs: [],
        events: [],
        attractions: [],
        policies: [],
      }),
      ['towns', 'livelihood', 'jobs', 'events', 'attractions', 'policies'].map(
        (c) => `pack: ${c}: 不能为空：每一类内容至少要有一条`,
      ),
    ],
    [
      'an updatedAt of 30 February',
      JSON.stringify({ ...validPack(), updatedAt: '2026-02-30T08:00:00+08:00' }),
      ['pack: updatedAt: 不是真实存在的日期'],
    ],
    [
      'schemaVersion nested 10,000 deep',
      deeplyNestedPackText(10_000),
      ['pack: (整体): 嵌套超过 32 层，不是内容包的结构'],
    ],
    ['a pack over 2 MB', oversizedPackText(), ['pack: (整体): 有 2057 KB，超过 2048 KB 上限，手机不会接受']],
  ]

  const textCases: Array<[string, string, string, string[]]> = [
    ['a hex entity', 'jobs.0.title', '收银员&#x3C;script', [MARKUP]],
    ['an entity without its semicolon', 'jobs.0.title', '收银员&lt', [MARKUP]],
    ['a title of zero-width characters only', 'jobs.0.title', '\u200b\u200c\u200d\u2060', [INVISIBLE]],
    ['a bidi control character', 'livelihood.1.summary', '新建校舍\u202e，扩大招生。', [INVISIBLE]],
    ['java\u200bscript:', 'attractions.0.description.0', '点此 java\u200bscript:alert(1)', [INVISIBLE, MARKUP]],
    ['a real-looking mobile number', 'events.0.summary', '报名请打 13912345678。', [MOBILE]],
    ['a spaced mobile number', 'policies.0.whereToGo.0', '咨询 139 1234 5678', [MOBILE]],
  ]
  const where: Record<string, string> = {
    jobs: 'jobs/job-cashier',
    livelihood: 'livelihood/demo-yard',
    attractions: 'attractions/deer-park',
    events: 'events/deer-festival',
    policies: 'policies/dibao',
  }
  for (const [name, at, text, messages] of textCases) {
    const pack = validPack() as unknown as Record<string, unknown>
    set(at, text)(pack)
    const [domain, , ...field] = at.split('.')
    const fieldName = field
      .map((k) => (/^\d+$/.test(k) ? `[${k}]` : `.${k}`))
      .join('')
      .replace(/^\./, '')
    hostile.push([name, JSON.stringify(pack), messages.map((m) => `${where[domain!]}: ${fieldName}: ${m}`)])
  }

  it.each(hostile)('content:check rejects %s with a clear line', (_name, text, lines) => {
    const result = acceptPackText(text)
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual(lines)
  })

  it.each(hostile)('the app refuses %s too', (_name, text) => {
    expect(decidePack(text, 1).accept).toBe(false)
  })

  it('plain text with an ampersand and ordinary numbers still passes both', () => {
    const pack = validPack() as unknown as Record<string, unknown>
    set('jobs.0.title', 'A&B 合作社收银员')(pack)
    set('events.0.summary', '2024 年第 12 届，约 30000 人次。')(pack)
    const text = JSON.stringify(pack)
    expect(acceptPackText(text)).toMatchObject({ ok: true })
    expect(decidePack(text, 1)).toMatchObject({ accept: true })
  })
})

describe('content:check and content:pack on the command line', () => {
  const root = path.resolve(__dirname, '../..')
  let dir: string

  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'sy-content-'))
  })
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true })
  })

  function run(script: string, ...args: string[]) {
    const result = spawnSync(process.execPath, ['scripts/run-ts.mjs', `scripts/${script}.ts`, ...args], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, INIT_CWD: root },
    })
    const lines = (text: string) => text.split('\n').filter(Boolean)
    return { status: result.status, stdout: lines(result.stdout), stderr: lines(result.stderr) }
  }

  function write(name: string, text: string): string {
    const file = path.join(dir, name)
    writeFileSync(file, text)
    return file
  }

  it(
    'passes a valid pack with a one-line summary',
    () => {
      const file = write('valid.json', JSON.stringify(validPack()))
      expect(run('content-check', file)).toEqual({
        status: 0,
        stdout: [
          `content:check: ok ${file} (version 3, 2024-05-01T08:00:00+08:00): towns 2, livelihood 2, jobs 1, events 1, attractions 1, policies 1`,
        ],
        stderr: [],
      })
    },
    CLI_TIMEOUT,
  )

  it(
    'prints one line per problem and exits 1 on a broken pack',
    () => {
      const pack = validPack() as unknown as Record<string, unknown>
      both(set('jobs.0.townId', 'nowhere'), set('events.0.end', '2024-06-30T09:00+08:00'))(pack)
      const file = write('broken.json', JSON.stringify(pack))
      expect(run('content-check', file)).toEqual({
        status: 1,
        stdout: [
          'events/deer-festival: end: 结束时间不能早于开始时间',
          'jobs/job-cashier: townId: 引用了不存在的 towns id「nowhere」',
        ],
        stderr: [`content:check: 2 problem(s) in ${file}`],
      })
    },
    CLI_TIMEOUT,
  )

  it(
    'exits 2 with one line on invalid JSON',
    () => {
      const file = write('invalid.json', '{ "schemaVersion": 1,')
      const result = run('content-check', file)
      expect(result.status).toBe(2)
      expect(result.stdout).toEqual([])
      expect(result.stderr).toHaveLength(1)
      expect(result.stderr[0]).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: not valid JSON: `))
    },
    CLI_TIMEOUT,
  )

  it(
    'answers a pack nested 10,000 deep with one line, no stack trace',
    () => {
      const file = write('deep.json', deeplyNestedPackText(10_000))
      expect(run('content-check', file)).toEqual({
        status: 1,
        stdout: ['pack: (整体): 嵌套超过 32 层，不是内容包的结构'],
        stderr: [`content:check: 1 problem(s) in ${file}`],
      })
    },
    CLI_TIMEOUT,
  )

  it(
    'refuses a pack over 2 MB, as phones do',
    () => {
      const file = write('big.json', oversizedPackText())
      expect(run('content-check', file)).toEqual({
        status: 1,
        stdout: ['pack: (整体): 有 2057 KB，超过 2048 KB 上限，手机不会接受'],
        stderr: [`content:check: 1 problem(s) in ${file}`],
      })
    },
    CLI_TIMEOUT,
  )

  it(
    'exits 2 with one line on a missing file',
    () => {
      const file = path.join(dir, 'missing.json')
      expect(run('content-check', file)).toEqual({
        status: 2,
        stdout: [],
        stderr: [`${file}: cannot read: no such file`],
      })
    },
    CLI_TIMEOUT,
  )

  it(
    'writes the embedded content as one pack with keys in order, which then checks clean',
    () => {
      const file = path.join(dir, 'out', 'pack.json')
      const packed = run('content-pack', file)
      expect(packed.stderr).toEqual([])
      expect(packed.status).toBe(0)
      const pack = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>
      expect(Object.keys(pack)).toEqual([
        'schemaVersion',
        'version',
        'updatedAt',
        'edition',
        'figures',
        'towns',
        'livelihood',
        'jobs',
        'events',
        'attractions',
        'policies',
      ])
      expect(run('content-check', file).status).toBe(0)
      // Beside it, the version file apps read first: the pack's version and nothing else.
      const version = JSON.parse(readFileSync(path.join(dir, 'out', 'pack.version.json'), 'utf8')) as unknown
      expect(version).toEqual({ version: pack.version })
    },
    CLI_TIMEOUT,
  )

  describe('--sources: cited quotes against the document', () => {
    // A small document written for the test: the real one lives outside the repo. Its line break falls
    // inside the quoted words, as the real document's do.
    const FIXTURE_DOC = '双阳区示例段落。153中学异\n\n地新建等公共服务项目加速推进。\n'
    let sources: string
    let packFile: string

    beforeAll(() => {
      sources = path.join(dir, 'sources')
      mkdirSync(sources)
      writeFileSync(path.join(sources, '000_820736ea15743918.txt'), FIXTURE_DOC)
      packFile = write('cited.json', JSON.stringify(validPack()))
    })

    it(
      'passes when every quote occurs in the document, whitespace aside',
      () => {
        expect(run('content-check', '--sources', sources, packFile)).toEqual({
          status: 0,
          stdout: [
            `content:check: ok ${packFile} (version 3, 2024-05-01T08:00:00+08:00): towns 2, livelihood 2, jobs 1, events 1, attractions 1, policies 1, quotes found in ${sources}`,
          ],
          stderr: [],
        })
      },
      CLI_TIMEOUT,
    )

    it(
      'names the record and field of a changed quote',
      () => {
        const pack = validPack() as unknown as Record<string, unknown>
        set('livelihood.0.source.quote', '153中学异地新建投入使用')(pack)
        const file = write('misquoted.json', JSON.stringify(pack))
        expect(run('content-check', `--sources=${sources}`, file)).toEqual({
          status: 1,
          stdout: [
            'livelihood/school-153: source.quote: 引文不在《双阳区2022年工作总结》（000_820736ea15743918.txt）中：「153中学异地新建投入使用」',
          ],
          stderr: [`content:check: 1 problem(s) in ${file}`],
        })
      },
      CLI_TIMEOUT,
    )

    it(
      'names the record when the document is not in the folder',
      () => {
        const empty = path.join(dir, 'no-sources')
        mkdirSync(empty)
        expect(run('content-check', '--sources', empty, packFile)).toEqual({
          status: 1,
          stdout: [`livelihood/school-153: source.doc: 在 ${empty} 中找不到来源文件 000_820736ea15743918.txt`],
          stderr: [`content:check: 1 problem(s) in ${packFile}`],
        })
      },
      CLI_TIMEOUT,
    )

    it(
      'exits 2 when the folder does not exist or is not given',
      () => {
        const missing = path.join(dir, 'nowhere')
        expect(run('content-check', '--sources', missing, packFile)).toEqual({
          status: 2,
          stdout: [],
          stderr: [`${missing}: --sources: no such folder`],
        })
        expect(run('content-check', packFile, '--sources')).toEqual({
          status: 2,
          stdout: [],
          stderr: ['--sources needs a folder', 'usage: npm run content:check -- [--sources <dir>] [pack.json]'],
        })
      },
      CLI_TIMEOUT,
    )
  })

  it(
    'asks for an output path',
    () => {
      expect(run('content-pack')).toEqual({
        status: 2,
        stdout: [],
        stderr: ['usage: npm run content:pack -- <out.json>'],
      })
    },
    CLI_TIMEOUT,
  )
})

import fs from 'node:fs'
import path from 'node:path'
import { outputDir, weappDist } from '../support/paths'
import { detailRoute, firstRecord, noRecordsMessage } from '../support/routes'
import { WeappApp, openPage, type TreeNode } from './harness'
import { WeappView, findAll } from './view'

/*
 * The view renderer must be able to fail. Each case copies the weapp build,
 * breaks one piece of the view layer the way a bad Taro upgrade or config
 * change could, and shows the renderer (and the harness that uses it) refusing
 * the result. The untouched copy passes, so it is the break that fails them.
 */

const job = firstRecord('jobs')

/** A copy of the build under test-output/view-mutants/<name>, changed by `mutate`. */
function mutant(name: string, mutate: (dir: string) => void): string {
  const dir = outputDir('view-mutants', name)
  fs.rmSync(dir, { recursive: true, force: true })
  fs.cpSync(weappDist(), dir, { recursive: true })
  mutate(dir)
  return dir
}

function edit(file: string, change: (text: string) => string): void {
  const before = fs.readFileSync(file, 'utf8')
  const after = change(before)
  if (after === before) throw new Error(`the mutation changed nothing in ${file}`)
  fs.writeFileSync(file, after)
}

const TEXT_TEMPLATE = /<template name="([^"]+)">\s*<block>\{\{i\.v\}\}<\/block>\s*<\/template>/

async function jobDetailData(): Promise<{ data: unknown; text: string }> {
  if (!job) throw new Error(noRecordsMessage('jobs'))
  const { app, page } = await openPage(detailRoute('jobs'), { id: job.id })
  try {
    app.assertClean('job detail on the real build')
    return { data: JSON.parse(JSON.stringify(page.data)) as unknown, text: page.text }
  } finally {
    app.close()
  }
}

test('an untouched copy of the build renders the job detail with its title and no problem', async () => {
  const { data } = await jobDetailData()
  const view = new WeappView(mutant('untouched', () => undefined)).render(detailRoute('jobs'), data)
  expect(view.problems).toEqual([])
  expect(view.text).toContain(job?.title)
  expect(view.text).toContain('岗位职责')
})

test('without the text template the renderer reports WeChat’s warning and the text is gone', async () => {
  const { data } = await jobDetailData()
  let removed = ''
  const dir = mutant('no-text-template', (d) =>
    edit(path.join(d, 'base.wxml'), (wxml) =>
      wxml.replace(TEXT_TEMPLATE, (_all, name: string) => {
        removed = name
        return ''
      }),
    ),
  )
  expect(removed).toMatch(/^tmpl_0_\d+$/)
  const view = new WeappView(dir).render(detailRoute('jobs'), data)
  expect(view.problems.map((p) => p.message).join('\n')).toContain(`Template \`${removed}\` not found.`)
  expect(view.text).not.toContain(job?.title)
})

test('the harness fails a journey on a build without the text template', async () => {
  if (!job) throw new Error(noRecordsMessage('jobs'))
  const dir = mutant('no-text-template-harness', (d) =>
    edit(path.join(d, 'base.wxml'), (wxml) => wxml.replace(TEXT_TEMPLATE, '')),
  )
  const app = await WeappApp.launch({ dist: dir })
  try {
    const page = await app.open(detailRoute('jobs'), { id: job.id })
    // The logic layer is untouched: it still sends the title …
    expect(page.dataText).toContain(job.title)
    // … but a person would not see it, and the run is not clean.
    expect(page.text).not.toContain(job.title)
    expect(() => app.assertClean('job detail without the text template')).toThrow(/not found/)
  } finally {
    app.close()
  }
})

test('a utils.wxs that does not compile stops the renderer', () => {
  const dir = mutant('wxs-syntax', (d) =>
    edit(path.join(d, 'utils.wxs'), (wxs) => wxs.replace('module.exports = {', 'module.exports = {{')),
  )
  expect(() => new WeappView(dir)).toThrow(/wcc could not compile/)
})

test('a utils.wxs that throws while rendering is reported', async () => {
  const { data } = await jobDetailData()
  const dir = mutant('wxs-throws', (d) =>
    edit(path.join(d, 'utils.wxs'), (wxs) => wxs.replace(/return 'tmpl_' \+ l \+ '_' \+ n/, 'return noSuchName')),
  )
  const view = new WeappView(dir).render(detailRoute('jobs'), data)
  const errors = view.problems.filter((p) => p.kind === 'error').map((p) => p.message)
  expect(errors.join('\n')).toMatch(/noSuchName is not defined/)
  expect(view.text).not.toContain(job?.title)
})

test('a tag that is neither a WeChat component nor registered is reported', async () => {
  const { data } = await jobDetailData()
  const dir = mutant('unknown-tag', (d) =>
    edit(path.join(d, 'base.wxml'), (wxml) =>
      wxml.replace(/<view /g, '<sy-panel ').replace(/<\/view>/g, '</sy-panel>'),
    ),
  )
  const view = new WeappView(dir).render(detailRoute('jobs'), data)
  expect(view.problems.filter((p) => p.kind === 'unknown-tag').map((p) => p.message)).toContain(
    `${detailRoute('jobs')}.wxml renders <sy-panel>, which is neither a WeChat component nor in its usingComponents`,
  )
})

/** The job detail's data with its page wrapped in 30 plain boxes: twice as deep as base.wxml has template levels. */
async function deepJobDetail(): Promise<{ data: unknown; text: string }> {
  const { data, text } = await jobDetailData()
  const root = (data as { root: TreeNode }).root
  const shell = root.cn?.[0]
  if (!shell?.nn) throw new Error('the job detail has no top element')
  let inner: TreeNode = shell
  for (let i = 0; i < 30; i++) inner = { nn: shell.nn, sid: `_deep${i}`, cn: [inner] }
  return { data: { ...(data as object), root: { ...root, cn: [inner] } }, text }
}

test('a tree deeper than the template levels renders through the comp component', async () => {
  const { data, text } = await deepJobDetail()
  const view = WeappView.for(weappDist()).render(detailRoute('jobs'), data)
  expect(view.problems).toEqual([])
  expect(findAll(view.tree, (n) => n.tag === 'comp').length).toBeGreaterThan(0)
  expect(view.text).toBe(text)
  expect(view.text).toContain(job?.title)
})

test('a page whose .json does not register comp fails once the tree is that deep', async () => {
  const { data } = await deepJobDetail()
  const dir = mutant('comp-not-registered', (d) =>
    edit(path.join(d, `${detailRoute('jobs')}.json`), (json) => {
      const parsed = JSON.parse(json) as { usingComponents?: Record<string, string> }
      delete parsed.usingComponents?.comp
      return JSON.stringify(parsed)
    }),
  )
  const view = new WeappView(dir).render(detailRoute('jobs'), data)
  expect(view.problems.filter((p) => p.kind === 'unknown-tag').map((p) => p.message)).toContain(
    `${detailRoute('jobs')}.wxml renders <comp>, which is neither a WeChat component nor in its usingComponents`,
  )
  expect(view.text).not.toContain(job?.title)
})

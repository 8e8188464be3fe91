import fs from 'node:fs'
import path from 'node:path'
import vm from 'node:vm'
import { weappDist } from '../support/paths'
import { pinnedDateScript } from '../support/clock'
import { WeappView, type RenderedView } from './view'

/*
 * Runs the production weapp logic layer (dist/weapp) in Node. The mini-program
 * globals (wx, App, Page, Component, getApp, getCurrentPages, require, timers)
 * are stand-ins; every wx API the app touches must be stubbed here on purpose,
 * so an unexpected one fails the run instead of passing silently.
 */

type Dict = Record<string, unknown>

/** One node of Taro's page tree as sent through setData (runtime Shortcuts). */
export interface TreeNode {
  nn?: string
  v?: string
  cn?: TreeNode[]
  sid?: string
  uid?: string
  cl?: string
  st?: string
  [prop: string]: unknown
}

export interface SetDataRecord {
  /** ms since the page's onLoad was called */
  at: number
  bytes: number
  keys: string[]
}

export interface WxCall {
  api: string
  args: unknown[]
}

export interface HarnessProblem {
  kind:
    | 'uncaught'
    | 'unstubbed'
    | 'console.error'
    | 'unhandled-rejection'
    | 'no-settle'
    | 'require'
    | 'single-page'
    | 'view'
  message: string
}

/** How a wx API fails: WeChat's errMsg text after `<api>:fail `, and its errno when it has one. */
export interface WxFailure {
  errMsg: string
  errno?: number
}

/** The failures WeChat gives its privacy interfaces (setClipboardData, addPhoneCalendar, getLocation …). */
export const WX_FAILURES = {
  /** The account's 用户隐私保护指引 does not declare the interface. */
  undeclared: { errno: 112, errMsg: 'api scope is not declared in the privacy agreement' },
  /** The person refused the privacy popup. */
  consentRefused: { errno: 104, errMsg: 'privacy permission is not authorized' },
  /** The person refused a privacy popup that also asked for a permission. */
  consentAndPermissionRefused: { errno: 103, errMsg: 'auth deny' },
  /** A permission switched off before (scope denied, or off in the phone's settings). */
  authDeny: { errMsg: 'auth deny' },
  cancel: { errMsg: 'cancel' },
} as const satisfies Record<string, WxFailure>

export interface HarnessOptions {
  dist?: string
  /** Storage seen by getStorageSync before launch (values are stored as given). */
  storage?: Record<string, unknown>
  /** A device whose storage is full (writes throw) or broken (reads and writes throw), as wx's sync APIs do. */
  storageFails?: 'full' | 'broken'
  /** Keys whose stored value makes getStorageSync throw (damage in that key only) until it is removed or set. */
  unreadableKeys?: string[]
  /** Answers wx.request; by default every request fails as if offline. */
  request?: (options: Dict) => { statusCode: number; data: unknown } | Error
  /** Longest a page may take to settle before the run fails. */
  settleTimeoutMs?: number
  /** The moment the app's clock starts at (ms); PINNED_NOW by default. */
  now?: number
  /** wx APIs that fail from launch on, e.g. `{ setClipboardData: WX_FAILURES.undeclared }` (see also failWith). */
  failures?: Record<string, WxFailure>
  /** What wx.showModal answers (default: the confirm button). */
  modalAnswer?: { confirm: boolean; cancel: boolean }
  /** The launch scene (default 1001); 1154 is moments' single-page mode. */
  scene?: number
  /** The page the launch options name (default: the first page in app.json). */
  launchPath?: string
  launchQuery?: Record<string, string>
  /** WeChat's font size setting, as getAppBaseInfo reports it (default 16). */
  fontSizeSetting?: number
  /**
   * Render each page through WeChat's compiled templates (test/weapp/view.ts)
   * after it opens and after every tap; what goes wrong there fails assertClean.
   * On by default.
   */
  view?: boolean
  /** How subpackages loaded with require.async arrive (WeChat's 分包异步化); see LazyLoad. */
  lazyLoad?: LazyLoad
}

/**
 * Subpackages that code loads with require.async download on first use. By default each arrives on the next
 * tick; `delayMs` makes them late, `fail` names roots (or 'all') that fail to arrive as with no network (the
 * promise rejects and wx.onLazyLoadError listeners hear of it), and `hold` keeps every load waiting until
 * releaseLazyLoads(). Change `app.lazyLoad` during a run to model the network coming back.
 */
export interface LazyLoad {
  delayMs?: number
  fail?: string[] | 'all'
  hold?: boolean
}

export interface PageMetrics {
  route: string
  /** Bytes (UTF-8 JSON) of the first setData, the one that paints the first screen. */
  firstRenderBytes: number
  /** Bytes of every setData until the page settled. */
  settleBytes: number
  setDataCount: number
  nodeCount: number
  /** ms from onLoad to the last setData before the page went idle. */
  settleMs: number
}

interface TemplateInfo {
  tag: string
  bind: Set<string>
  catch: Set<string>
}

interface LocatedNode {
  node: TreeNode
  ancestors: TreeNode[]
}

const TEXT_TAGS = new Set(['#text'])
/** APIs moments' single-page mode refuses that the app has stubs for (navigation, 设置). */
const SINGLE_PAGE_REFUSED = [
  'navigateTo',
  'redirectTo',
  'switchTab',
  'reLaunch',
  'navigateBack',
  'openSetting',
] as const
const HIDDEN_STYLE = /display\s*:\s*none/

function utf8Bytes(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value) ?? '', 'utf8')
}

function describe(error: unknown): string {
  // Errors from the app's vm context are not `instanceof` this realm's Error: duck-type them.
  if (typeof error === 'object' && error !== null) {
    const e = error as { stack?: unknown; message?: unknown }
    if (typeof e.stack === 'string') return e.stack
    if (typeof e.message === 'string') return e.message
  }
  try {
    return typeof error === 'string' ? error : JSON.stringify(error)
  } catch {
    return String(error)
  }
}

function hint(message: string): string {
  const m = /(?:^|\s)(?:[\w$]+\.)?([\w$]+) is not a function/.exec(message)
  if (!m) return message
  return `${message}\n  (if ${m[1]} is a wx/Taro API, the harness has no stub for it: add one in test/weapp/harness.ts)`
}

/** Parses `root.cn.[0].cn.[2].v` or `a.b[1].c` into keys and indexes. */
export function parseDataPath(key: string): Array<string | number> {
  const out: Array<string | number> = []
  for (const part of key.split('.')) {
    const re = /([^[\]]+)|\[(\d+)\]/g
    let m: RegExpExecArray | null
    while ((m = re.exec(part))) {
      if (m[1] !== undefined) out.push(m[1])
      else if (m[2] !== undefined) out.push(Number(m[2]))
    }
  }
  return out
}

export function setPath(target: Dict, key: string, value: unknown): void {
  const parts = parseDataPath(key)
  let cur: Dict | unknown[] = target
  parts.forEach((part, i) => {
    const last = i === parts.length - 1
    const bag = cur as Record<string | number, unknown>
    if (last) {
      bag[part] = value
      return
    }
    const next = bag[part]
    if (next === null || typeof next !== 'object') {
      bag[part] = typeof parts[i + 1] === 'number' ? [] : {}
    }
    cur = bag[part] as Dict
  })
}

function clone<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T)
}

/** Which events each compiled template binds (from base.wxml), keyed by node name `nn`. */
function readTemplates(dist: string): Map<string, TemplateInfo> {
  const wxml = fs.readFileSync(path.join(dist, 'base.wxml'), 'utf8')
  const map = new Map<string, TemplateInfo>()
  const re = /<template name="tmpl_0_([^"]+)">\s*<([a-z-]+)([^>]*)>/g
  let m: RegExpExecArray | null
  while ((m = re.exec(wxml))) {
    const [, nn = '', tag = '', attrs = ''] = m
    const bind = new Set<string>()
    const capture = new Set<string>()
    for (const a of attrs.matchAll(/\b(bind|catch)(\w+)="eh"/g)) {
      ;(a[1] === 'bind' ? bind : capture).add(a[2] ?? '')
    }
    map.set(nn, { tag: /\{\{i\.v\}\}/.test(wxml.slice(m.index, m.index + 200)) ? '#text' : tag, bind, catch: capture })
  }
  return map
}

export class WeappPage {
  readonly setDataLog: SetDataRecord[] = []
  readonly data: Dict
  startedAt = 0
  settleMs = 0
  pendingCallbacks = 0
  /** Bumped by every setData, so the rendered view is only redone when the data changed. */
  dataVersion = 0
  private rendered: { version: number; view: RenderedView } | undefined
  /** A tab page's own copy of the custom tab bar (app.json tabBar.custom), rendered from its own data. */
  tabBar: WeappPage | undefined

  constructor(
    readonly app: WeappApp,
    readonly route: string,
    readonly query: Record<string, string>,
    readonly instance: Dict,
  ) {
    this.data = instance.data as Dict
  }

  get root(): TreeNode {
    return (this.data.root as TreeNode | undefined) ?? { cn: [] }
  }

  get nodeCount(): number {
    let n = 0
    const walk = (node: TreeNode): void => {
      for (const c of node.cn ?? []) {
        n++
        walk(c)
      }
    }
    walk(this.root)
    return n
  }

  get metrics(): PageMetrics {
    const last = this.setDataLog[this.setDataLog.length - 1]
    return {
      route: this.route,
      firstRenderBytes: this.setDataLog[0]?.bytes ?? 0,
      settleBytes: this.setDataLog.reduce((s, r) => s + r.bytes, 0),
      setDataCount: this.setDataLog.length,
      nodeCount: this.nodeCount,
      settleMs: last ? last.at : this.settleMs,
    }
  }

  isText(node: TreeNode): boolean {
    return node.nn !== undefined && TEXT_TAGS.has(this.app.templates.get(node.nn)?.tag ?? '')
  }

  tagOf(node: TreeNode): string {
    return (node.nn !== undefined && this.app.templates.get(node.nn)?.tag) || `nn:${node.nn ?? '?'}`
  }

  /** The text a user sees: text nodes in order, elements on their own lines, hidden ones left out. */
  textOf(node: TreeNode = this.root): string {
    const render = (n: TreeNode): string => {
      if (this.isText(n) || (n.cn === undefined && typeof n.v === 'string')) return n.v ?? ''
      if (typeof n.st === 'string' && HIDDEN_STYLE.test(n.st)) return ''
      return (n.cn ?? []).map((c) => (this.isText(c) ? render(c) : `\n${render(c)}\n`)).join('')
    }
    return render(node)
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)
      .join('\n')
  }

  /**
   * The page as WeChat's view layer renders it from the current data: base.wxml's
   * templates, utils.wxs and custom components, run by the code `wcc` compiled.
   */
  get view(): RenderedView {
    if (!this.rendered || this.rendered.version !== this.dataVersion) {
      this.rendered = { version: this.dataVersion, view: this.app.view.render(this.route, this.data) }
    }
    return this.rendered.view
  }

  /** What a person sees: the text of the rendered view (see `view`). */
  get text(): string {
    return this.view.text
  }

  /** The text the logic layer sent through setData, read from the data tree. */
  get dataText(): string {
    return this.textOf()
  }

  private locate(match: (n: TreeNode, ancestors: TreeNode[]) => boolean): LocatedNode | undefined {
    let found: LocatedNode | undefined
    const walk = (n: TreeNode, ancestors: TreeNode[]): void => {
      for (const c of n.cn ?? []) {
        if (found) return
        const chain = [...ancestors, n]
        if (!this.isText(c)) walk(c, chain)
        if (!found && match(c, chain)) found = { node: c, ancestors: chain }
      }
    }
    walk(this.root, [])
    return found
  }

  /** The innermost element whose visible text contains `text` (or whose id/sid is `#id`). */
  find(selector: string): LocatedNode | undefined {
    if (selector.startsWith('#')) {
      const id = selector.slice(1)
      return this.locate((n) => !this.isText(n) && (n.uid === id || n.sid === id))
    }
    return this.locate((n) => !this.isText(n) && this.textOf(n).includes(selector))
  }

  /**
   * Taps like a finger: WeChat calls the page's `eh` for every element from the
   * target up that binds tap in base.wxml (bubbling), stopping at a catchtap.
   */
  async tap(selector: string): Promise<void> {
    this.fireTap(selector)
    await this.app.settle(this)
    this.app.checkView(this, `${this.route} after tap on ${JSON.stringify(selector)}`)
  }

  /** `times` taps in one burst, with no render between them (a double tap), then settles. */
  async tapBurst(selector: string, times = 2): Promise<void> {
    for (let i = 0; i < times; i++) this.fireTap(selector)
    await this.app.settle(this)
    this.app.checkView(this, `${this.route} after ${times} taps on ${JSON.stringify(selector)}`)
  }

  private fireTap(selector: string): void {
    const located = this.find(selector)
    if (!located)
      throw new Error(
        `tap: nothing on ${this.route} matches ${JSON.stringify(selector)}\n--- page text ---\n${this.dataText}`,
      )
    const chain = [...located.ancestors, located.node].reverse().filter((n) => n.sid !== undefined)
    const target = located.node
    const handler = this.instance.eh
    if (typeof handler !== 'function') throw new Error(`tap: page ${this.route} has no eh handler`)
    let fired = 0
    for (const el of chain) {
      const tpl = el.nn !== undefined ? this.app.templates.get(el.nn) : undefined
      if (!tpl) continue
      const bound = tpl.bind.has('tap')
      const caught = tpl.catch.has('tap')
      if (!bound && !caught) continue
      const touch = { identifier: 0, pageX: 10, pageY: 10, clientX: 10, clientY: 10 }
      const event = {
        type: 'tap',
        timeStamp: Date.now(),
        target: { id: target.uid || target.sid, dataset: { sid: target.sid }, offsetLeft: 0, offsetTop: 0 },
        currentTarget: { id: el.uid || el.sid, dataset: { sid: el.sid }, offsetLeft: 0, offsetTop: 0 },
        detail: { x: 10, y: 10 },
        touches: [touch],
        changedTouches: [touch],
        mut: false,
      }
      fired++
      this.app.guard(`tap on ${selector}`, () => (handler as (e: unknown) => unknown).call(this.instance, event))
      if (caught) break
    }
    if (fired === 0)
      throw new Error(`tap: ${JSON.stringify(selector)} on ${this.route} is not inside anything that listens for taps`)
  }
}

export class WeappApp {
  readonly dist: string
  readonly appJson: {
    pages: string[]
    tabBar?: { custom?: boolean; list: Array<{ pagePath: string }> }
    subPackages?: Array<{ root: string; pages: string[] }>
    subpackages?: Array<{ root: string; pages: string[] }>
  }
  readonly templates: Map<string, TemplateInfo>
  private compiledView: WeappView | undefined
  readonly problems: HarnessProblem[] = []
  readonly console: Array<{ level: string; text: string }> = []
  readonly calls: WxCall[] = []
  readonly storage = new Map<string, unknown>()
  private readonly unreadable = new Set<string>()
  readonly pageStack: WeappPage[] = []
  private readonly context: vm.Context
  private readonly modules = new Map<string, { exports: unknown }>()
  private readonly timers = new Map<number, { interval: boolean; delay: number; handle: NodeJS.Timeout }>()
  private timerSeq = 0
  private readonly failures = new Map<string, WxFailure>()
  /** wx API calls whose success/fail callback has not run yet: settle waits for them. */
  private pendingApis = 0
  lazyLoad: LazyLoad
  /** require.async loads on their way (not held): settle waits for them. */
  private pendingLazyLoads = 0
  private readonly heldLazyLoads: Array<() => void> = []
  private readonly lazyLoadErrorListeners = new Set<(res: Dict) => void>()
  modalAnswer: { confirm: boolean; cancel: boolean }
  private lastPageOptions: Dict | undefined
  private lastComponentOptions: Dict | undefined
  private readonly pageOptions = new Map<string, Dict>()
  readonly components = new Map<string, Dict>()
  private appInstance: Dict | undefined
  private readonly settleTimeoutMs: number
  private readonly onRejection = (reason: unknown): void => {
    this.problems.push({ kind: 'unhandled-rejection', message: hint(describe(reason)) })
  }

  private constructor(private readonly options: HarnessOptions) {
    this.dist = options.dist ?? weappDist()
    if (!fs.existsSync(path.join(this.dist, 'app.json'))) {
      throw new Error(`No weapp build at ${this.dist}: run \`npm run build:weapp\` or set SY_WEAPP_DIST`)
    }
    this.appJson = JSON.parse(fs.readFileSync(path.join(this.dist, 'app.json'), 'utf8')) as WeappApp['appJson']
    this.templates = readTemplates(this.dist)
    this.settleTimeoutMs = options.settleTimeoutMs ?? 5000
    for (const [k, v] of Object.entries(options.storage ?? {})) this.storage.set(k, v)
    for (const k of options.unreadableKeys ?? []) this.unreadable.add(k)
    for (const [api, failure] of Object.entries(options.failures ?? {})) this.failures.set(api, failure)
    this.modalAnswer = options.modalAnswer ?? { confirm: true, cancel: false }
    this.lazyLoad = { ...options.lazyLoad }
    this.context = vm.createContext(this.globals())
    vm.runInContext(pinnedDateScript(options.now), this.context)
  }

  /** Starts the app: loads app.js and its chunks, runs App onLaunch/onShow. */
  static async launch(options: HarnessOptions = {}): Promise<WeappApp> {
    const app = new WeappApp(options)
    process.on('unhandledRejection', app.onRejection)
    app.load('app.js')
    if (!app.appInstance) app.fail('require', 'app.js did not call App()')
    const launch = app.launchOptions()
    app.callHook(app.appInstance, 'onLaunch', launch)
    app.callHook(app.appInstance, 'onShow', launch)
    await app.idle()
    return app
  }

  /** Every page route in app.json: main package first, then each subpackage. */
  static routes(dist: string = weappDist()): string[] {
    const json = JSON.parse(fs.readFileSync(path.join(dist, 'app.json'), 'utf8')) as WeappApp['appJson']
    const subs = json.subPackages ?? json.subpackages ?? []
    return [...json.pages, ...subs.flatMap((s) => s.pages.map((p) => `${s.root.replace(/\/?$/, '/')}${p}`))]
  }

  /** What App onLaunch / wx.getLaunchOptionsSync / wx.getEnterOptionsSync report. */
  launchOptions(): Dict {
    return {
      path: this.options.launchPath ?? this.appJson.pages[0],
      query: { ...(this.options.launchQuery ?? {}) },
      scene: this.options.scene ?? 1001,
      referrerInfo: {},
    }
  }

  /** From now on every call of `api` fails as given (undefined: succeeds again). */
  failWith(api: string, failure: WxFailure | undefined): void {
    if (failure) this.failures.set(api, failure)
    else this.failures.delete(api)
  }

  /** The calls made to one wx API, their options objects in order. */
  callsTo(api: string): Dict[] {
    return this.calls.filter((c) => c.api === api).map((c) => (c.args[0] ?? {}) as Dict)
  }

  /** The build's view layer compiled by WeChat's wcc (once per build and test run). */
  get view(): WeappView {
    this.compiledView ??= WeappView.for(this.dist)
    return this.compiledView
  }

  /**
   * Renders `page` as WeChat would and records what is wrong with the result:
   * template warnings and errors, tags WeChat does not know, and rendered text
   * that differs from the text the logic layer sent.
   */
  checkView(page: WeappPage, label: string): void {
    if (this.options.view === false) return
    if (page.tabBar) this.checkView(page.tabBar, `${label} (its tab bar)`)
    let view: RenderedView
    try {
      view = page.view
    } catch (error) {
      this.fail('view', `${label}: ${describe(error)}`)
      return
    }
    for (const p of view.problems) this.fail('view', `${label}: [${p.kind}] ${p.message}`)
    // Taro renames the attributes a template prints (ariaLabel → p1); one still under its own name in
    // setData has no place in that component's template, so WeChat's screen reader never gets it.
    const unprinted: string[] = []
    const walk = (n: TreeNode): void => {
      for (const key of ['ariaLabel', 'ariaRole']) {
        if (key in n) unprinted.push(`<${page.tagOf(n)}> ${key}=${JSON.stringify(n[key])}`)
      }
      for (const c of n.cn ?? []) walk(c)
    }
    walk(page.root)
    if (unprinted.length > 0) {
      this.fail(
        'view',
        `${label}: accessible names/roles sent that no template prints (add the component to config/weapp-aria.json): ${unprinted.slice(0, 5).join(', ')}`,
      )
    }
    const sent = page.dataText
    if (view.text !== sent) {
      const a = view.text.split('\n')
      const b = sent.split('\n')
      const at = a.findIndex((line, i) => line !== b[i])
      const line = at === -1 ? a.length : at
      this.fail(
        'view',
        `${label}: the rendered text differs from the text in setData from line ${line + 1}:\n` +
          `  rendered: ${JSON.stringify(a.slice(line, line + 3))}\n  sent:     ${JSON.stringify(b.slice(line, line + 3))}`,
      )
    }
  }

  close(): void {
    process.off('unhandledRejection', this.onRejection)
    for (const t of this.timers.values()) clearTimeout(t.handle)
    this.timers.clear()
  }

  fail(kind: HarnessProblem['kind'], message: string): void {
    this.problems.push({ kind, message })
  }

  guard<T>(where: string, fn: () => T): T | undefined {
    try {
      return fn()
    } catch (error) {
      this.fail('uncaught', `${where}: ${hint(describe(error))}`)
      return undefined
    }
  }

  /** Throws with every problem seen so far (uncaught errors, unstubbed APIs, console.error). */
  assertClean(label = 'weapp run'): void {
    if (this.problems.length === 0) return
    const lines = this.problems.map((p) => `- [${p.kind}] ${p.message}`)
    throw new Error(`${label} had ${this.problems.length} problem(s):\n${lines.join('\n')}`)
  }

  /** WeChat found no page for a path (a stale QR code or share): calls App onPageNotFound, then settles. */
  async pageNotFound(pagePath: string, query: Record<string, string> = {}): Promise<void> {
    this.callHook(this.appInstance, 'onPageNotFound', { path: pagePath, query, isEntryPage: true })
    await this.idle()
  }

  navigations(): WxCall[] {
    return this.calls.filter((c) => /^(navigateTo|redirectTo|switchTab|reLaunch|navigateBack)$/.test(c.api))
  }

  /** Opens `route` (e.g. `packages/jobs/pages/detail/index`) with `query`, as WeChat would, and waits until it settles. */
  async open(route: string, query: Record<string, string> = {}): Promise<WeappPage> {
    const bare = route.replace(/^\//, '').split('?')[0] ?? ''
    if (!WeappApp.routes(this.dist).includes(bare)) throw new Error(`${bare} is not a route in app.json`)
    this.lastPageOptions = undefined
    this.loadComponents(bare)
    this.load(`${bare}.js`)
    // A page file runs once (modules are cached); opening it again reuses what it passed to Page().
    if (this.lastPageOptions) this.pageOptions.set(bare, this.lastPageOptions)
    const options = this.pageOptions.get(bare)
    if (!options) throw new Error(`${bare}.js did not call Page()`)
    const instance: Dict = {}
    for (const [k, v] of Object.entries(options)) instance[k] = k === 'data' ? clone(v) : v
    if (!instance.data) instance.data = {}
    instance.route = bare
    instance.__route__ = bare
    instance.options = { ...query }
    instance.__wxWebviewId__ = this.pageStack.length + 1
    const page = new WeappPage(this, bare, query, instance)
    this.wireSetData(page)
    instance.selectComponent = () => null
    instance.selectAllComponents = () => []
    instance.createSelectorQuery = () => this.selectorQuery()
    instance.getOpenerEventChannel = () => ({ emit() {}, on() {}, once() {}, off() {} })
    this.pageStack.push(page)
    page.startedAt = Date.now()
    // WeChat attaches a page's components (its custom tab bar among them) before the page's onLoad.
    this.attachTabBar(page)
    this.callHook(instance, 'onLoad', { ...query })
    this.callHook(instance, 'onShow')
    this.callHook(instance, 'onReady')
    await this.settle(page)
    this.checkView(page, `${bare} after open`)
    return page
  }

  /**
   * The person scrolled near the page's end: WeChat calls the page's onReachBottom (once per arrival; the page
   * json's onReachBottomDistance says how near). A page without the handler fails the run: nothing would happen.
   */
  async reachBottom(page: WeappPage): Promise<void> {
    if (typeof page.instance.onReachBottom !== 'function') {
      this.fail('require', `${page.route} has no onReachBottom: scrolling to its end would load nothing more`)
      return
    }
    this.callHook(page.instance, 'onReachBottom')
    await this.settle(page)
    this.checkView(page, `${page.route} after reaching its bottom`)
  }

  /** WeChat shows an open page again (a tab switched back to, a return from the page above): its onShow, then settle. */
  async show(page: WeappPage): Promise<void> {
    this.callHook(page.instance, 'onShow')
    await this.settle(page)
    this.checkView(page, `${page.route} shown again`)
  }

  /** setData as WeChat's: applies the patch, logs its size, calls back once the view has it. */
  private wireSetData(page: WeappPage): void {
    const { instance, route } = page
    instance.setData = (patch: Dict, cb?: () => void) => {
      const at = Date.now() - page.startedAt
      page.setDataLog.push({ at, bytes: utf8Bytes(patch), keys: Object.keys(patch) })
      for (const [k, v] of Object.entries(patch ?? {})) setPath(page.data, k, clone(v))
      page.dataVersion++
      // WeChat always calls back after the view layer applied the data; Taro.nextTick waits on it.
      page.pendingCallbacks++
      setTimeout(() => {
        page.pendingCallbacks--
        if (typeof cb === 'function') this.guard(`setData callback on ${route}`, cb)
      }, 0)
    }
  }

  /**
   * A tab page of an app with tabBar.custom gets its own instance of custom-tab-bar/index
   * (a Component): its data, methods and setData as a page's, attached as WeChat does.
   */
  private attachTabBar(page: WeappPage): void {
    const tabBar = this.appJson.tabBar
    if (!tabBar?.custom || !tabBar.list.some((t) => t.pagePath === page.route)) return
    const file = 'custom-tab-bar/index'
    this.lastComponentOptions = undefined
    this.loadComponents(file)
    this.load(`${file}.js`)
    if (this.lastComponentOptions) this.pageOptions.set(file, this.lastComponentOptions)
    const options = this.pageOptions.get(file)
    if (!options) {
      this.fail('require', `${file}.js did not call Component() (app.json has tabBar.custom)`)
      return
    }
    const instance: Dict = { ...((options.methods as Dict | undefined) ?? {}) }
    instance.data = clone(options.data ?? {})
    instance.is = file
    instance.getPageId = () => `pageId-${String(page.instance.__wxWebviewId__)}`
    const bar = new WeappPage(this, file, {}, instance)
    this.wireSetData(bar)
    bar.startedAt = Date.now()
    page.tabBar = bar
    page.instance.getTabBar = () => instance
    const attached = (options.lifetimes as Dict | undefined)?.attached ?? options.attached
    if (typeof attached === 'function') this.guard(`${file} attached`, () => (attached as () => void).call(instance))
    else this.fail('require', `${file} has no attached lifetime`)
  }

  /** Waits until no short timer, setData callback or microtask is pending. */
  async settle(page?: WeappPage): Promise<void> {
    const started = Date.now()
    await this.idle(page)
    if (page) page.settleMs = Date.now() - page.startedAt
    if (Date.now() - started > this.settleTimeoutMs) {
      this.fail('no-settle', `${page?.route ?? 'app'} still busy after ${this.settleTimeoutMs} ms`)
    }
  }

  private async idle(page?: WeappPage): Promise<void> {
    const deadline = Date.now() + this.settleTimeoutMs
    let quiet = 0
    while (quiet < 3 && Date.now() < deadline) {
      const busy =
        this.pendingApis > 0 ||
        this.pendingLazyLoads > 0 ||
        [...this.timers.values()].some((t) => !t.interval && t.delay <= 1000) ||
        this.pageStack.some((p) => p.pendingCallbacks > 0 || (p.tabBar?.pendingCallbacks ?? 0) > 0) ||
        (page?.pendingCallbacks ?? 0) > 0
      if (busy) {
        quiet = 0
        await new Promise((r) => setTimeout(r, 1))
      } else {
        quiet++
        await new Promise((r) => setImmediate(r))
      }
    }
  }

  private callHook(target: Dict | undefined, name: string, ...args: unknown[]): void {
    const fn = target?.[name]
    if (typeof fn === 'function') this.guard(name, () => (fn as (...a: unknown[]) => unknown).apply(target, args))
  }

  private loadComponents(route: string): void {
    const jsonPath = path.join(this.dist, `${route}.json`)
    if (!fs.existsSync(jsonPath)) return
    const json = JSON.parse(fs.readFileSync(jsonPath, 'utf8')) as { usingComponents?: Record<string, string> }
    for (const ref of Object.values(json.usingComponents ?? {})) {
      if (ref.startsWith('plugin://')) continue
      const file = ref.startsWith('/') ? ref.slice(1) : path.posix.join(path.posix.dirname(route), ref)
      if (fs.existsSync(path.join(this.dist, `${file}.js`))) this.load(`${path.posix.normalize(file)}.js`)
    }
  }

  /** Loads a dist file the way the mini-program runtime does: CommonJS, cached, in the app's context. */
  load(file: string): unknown {
    const full = path.resolve(this.dist, file)
    const cached = this.modules.get(full)
    if (cached) return cached.exports
    if (!full.startsWith(this.dist) || !fs.existsSync(full)) {
      this.fail('require', `require of ${file}: no such file in ${this.dist}`)
      throw new Error(`harness: cannot require ${file}`)
    }
    const module = { exports: {} as unknown }
    this.modules.set(full, module)
    const source = fs.readFileSync(full, 'utf8')
    const wrapper = new vm.Script(`(function (require, module, exports) {${source}\n})`, { filename: full })
    const fn = wrapper.runInContext(this.context) as (r: (id: string) => unknown, m: unknown, e: unknown) => void
    const resolve = (id: string): string => {
      const rel = id.startsWith('/') ? id.slice(1) : path.relative(this.dist, path.resolve(path.dirname(full), id))
      return (rel.endsWith('.js') ? rel : `${rel}.js`).split(path.sep).join('/')
    }
    const from = path.relative(this.dist, full).split(path.sep).join('/')
    const requireFrom = (id: string): unknown => {
      const rel = resolve(id)
      const [own, target] = [this.packageOf(from), this.packageOf(rel)]
      // WeChat loads another subpackage's code only with require.async; the main package is everyone's.
      if (target !== 'main' && target !== own) {
        this.fail('require', `${from} requires ${rel} of subpackage ${target} synchronously: WeChat cannot`)
      }
      return this.load(rel)
    }
    requireFrom.async = (id: string): Promise<unknown> => this.requireAsync(resolve(id))
    this.guard(`loading ${path.relative(this.dist, full)}`, () => fn(requireFrom, module, module.exports))
    return module.exports
  }

  /** The subpackage root a dist file belongs to, or 'main'. */
  packageOf(rel: string): string {
    const subs = this.appJson.subPackages ?? this.appJson.subpackages ?? []
    return subs.map((s) => s.root.replace(/\/?$/, '/')).find((root) => rel.startsWith(root)) ?? 'main'
  }

  /** require.async: the file's subpackage arrives as `lazyLoad` says, then the file runs. */
  private requireAsync(rel: string): Promise<unknown> {
    this.record('require.async', [rel])
    const root = this.packageOf(rel)
    if (!fs.existsSync(path.join(this.dist, rel))) this.fail('require', `require.async of ${rel}: no such file`)
    return new Promise((resolve, reject) => {
      const arrive = (): void => {
        const { fail } = this.lazyLoad
        if (fail === 'all' || fail?.includes(root)) {
          const res = { type: 'subpackage', subpackage: [root], errMsg: `loadSubpackage:fail ${root}` }
          for (const listener of this.lazyLoadErrorListeners) this.guard('onLazyLoadError', () => listener(res))
          reject(res)
          return
        }
        resolve(this.guard(`require.async of ${rel}`, () => this.load(rel)))
      }
      const start = (): void => {
        this.pendingLazyLoads++
        setTimeout(() => {
          this.pendingLazyLoads--
          arrive()
        }, this.lazyLoad.delayMs ?? 0)
      }
      if (this.lazyLoad.hold) this.heldLazyLoads.push(start)
      else start()
    })
  }

  /** Lets the require.async loads held by `lazyLoad.hold` go on (as `lazyLoad` now says), and settles. */
  async releaseLazyLoads(): Promise<void> {
    this.lazyLoad = { ...this.lazyLoad, hold: false }
    for (const start of this.heldLazyLoads.splice(0)) start()
    await this.idle()
  }

  /** The files loaded with require.async so far, in order. */
  lazyLoads(): string[] {
    return this.calls.filter((c) => c.api === 'require.async').map((c) => String(c.args[0]))
  }

  private record(api: string, args: unknown[]): void {
    this.calls.push({ api, args: clone(args.map((a) => (typeof a === 'function' ? '[function]' : a))) })
  }

  /** A wx async API: records the call, then answers success (or fail) on the next tick. */
  private asyncApi(api: string, result: (opts: Dict) => Dict | Error = () => ({})) {
    // Every async stub can be told to fail (failWith / options.failures), with WeChat's errMsg and errno.
    return (opts: Dict = {}): unknown => {
      this.record(api, [opts])
      const failure = this.failures.get(api)
      const res: Dict | Error = failure ? new Error(failure.errMsg) : result(opts ?? {})
      this.pendingApis++
      setTimeout(() => {
        this.pendingApis--
        this.guard(`${api} callbacks`, () => {
          const cb = res instanceof Error ? opts?.fail : opts?.success
          const payload =
            res instanceof Error
              ? {
                  errMsg: `${api}:fail ${res.message}`,
                  ...(failure?.errno === undefined ? {} : { errno: failure.errno }),
                }
              : { errMsg: `${api}:ok`, ...res }
          if (typeof cb === 'function') cb(payload)
          if (typeof opts?.complete === 'function') opts.complete(payload)
        })
      }, 0)
      return undefined
    }
  }

  private selectorQuery(): Dict {
    const queued: Array<(cb?: (r: unknown) => void) => unknown> = []
    const query: Dict = {}
    const nodesRef = (): Dict => {
      const ref: Dict = {}
      const add = (value: unknown) => (cb?: (r: unknown) => void) => {
        queued.push(() => {
          if (typeof cb === 'function') cb(value)
          return value
        })
        return query
      }
      ref.boundingClientRect = add({ left: 0, top: 0, right: 375, bottom: 0, width: 375, height: 0 })
      ref.scrollOffset = add({ scrollLeft: 0, scrollTop: 0, scrollWidth: 375, scrollHeight: 0 })
      ref.fields = (_f: unknown, cb?: (r: unknown) => void) => add({})(cb)
      ref.node = add(null)
      ref.context = add(null)
      return ref
    }
    query.in = () => query
    query.select = nodesRef
    query.selectAll = nodesRef
    query.selectViewport = nodesRef
    query.exec = (cb?: (r: unknown[]) => void) => {
      setTimeout(() => {
        const results = queued.map((f) => f())
        if (typeof cb === 'function') this.guard('SelectorQuery.exec callback', () => cb(results))
      }, 0)
    }
    return query
  }

  private wx(): Dict {
    const windowInfo = {
      pixelRatio: 2,
      screenWidth: 375,
      screenHeight: 812,
      windowWidth: 375,
      windowHeight: 724,
      statusBarHeight: 44,
      screenTop: 88,
      safeArea: { left: 0, right: 375, top: 44, bottom: 778, width: 375, height: 734 },
    }
    const deviceInfo = {
      brand: 'devtools',
      model: 'iPhone X',
      system: 'iOS 16.0',
      platform: 'devtools',
      benchmarkLevel: 1,
    }
    const baseInfo = {
      SDKVersion: '3.3.4',
      language: 'zh_CN',
      version: '8.0.50',
      theme: 'light',
      enableDebug: false,
      host: { env: 'WeChat' },
      fontSizeSetting: this.options.fontSizeSetting ?? 16,
    }
    const storageKey = (k: unknown): string => String(k)
    const stubs: Dict = {
      webpackJsonp: undefined,
      getSystemInfoSync: () => {
        this.record('getSystemInfoSync', [])
        return { ...windowInfo, ...deviceInfo, ...baseInfo }
      },
      getSystemInfo: this.asyncApi('getSystemInfo', () => ({ ...windowInfo, ...deviceInfo, ...baseInfo })),
      getWindowInfo: () => ({ ...windowInfo }),
      getDeviceInfo: () => ({ ...deviceInfo }),
      getAppBaseInfo: () => {
        this.record('getAppBaseInfo', [])
        return { ...baseInfo }
      },
      getSystemSetting: () => ({
        bluetoothEnabled: false,
        locationEnabled: true,
        wifiEnabled: true,
        deviceOrientation: 'portrait',
      }),
      getAccountInfoSync: () => ({ miniProgram: { appId: 'touristappid', envVersion: 'develop', version: '' } }),
      getLaunchOptionsSync: () => this.launchOptions(),
      getEnterOptionsSync: () => this.launchOptions(),
      getMenuButtonBoundingClientRect: () => ({ width: 87, height: 32, top: 48, right: 368, bottom: 80, left: 281 }),
      canIUse: () => true,
      nextTick: (fn: () => void) => Promise.resolve().then(() => this.guard('wx.nextTick', fn)),
      getStorageSync: (k: unknown) => {
        this.record('getStorageSync', [k])
        if (this.options.storageFails === 'broken') throw new Error('getStorageSync:fail storage is not available')
        if (this.unreadable.has(storageKey(k))) throw new Error('getStorageSync:fail parse data error')
        return this.storage.has(storageKey(k)) ? clone(this.storage.get(storageKey(k))) : ''
      },
      setStorageSync: (k: unknown, v: unknown) => {
        this.record('setStorageSync', [k, v])
        if (this.options.storageFails === 'full') throw new Error('setStorageSync:fail exceed storage max size 10MB')
        if (this.options.storageFails === 'broken') throw new Error('setStorageSync:fail storage is not available')
        this.storage.set(storageKey(k), clone(v))
        this.unreadable.delete(storageKey(k))
      },
      removeStorageSync: (k: unknown) => {
        this.record('removeStorageSync', [k])
        this.storage.delete(storageKey(k))
        this.unreadable.delete(storageKey(k))
      },
      clearStorageSync: () => {
        this.record('clearStorageSync', [])
        this.storage.clear()
      },
      getStorageInfoSync: () => ({ keys: [...this.storage.keys()], currentSize: 0, limitSize: 10240 }),
      getStorage: this.asyncApi('getStorage', (o) =>
        this.storage.has(storageKey(o.key))
          ? { data: clone(this.storage.get(storageKey(o.key))) }
          : new Error('data not found'),
      ),
      setStorage: this.asyncApi('setStorage', (o) => {
        this.storage.set(storageKey(o.key), clone(o.data))
        return {}
      }),
      removeStorage: this.asyncApi('removeStorage', (o) => {
        this.storage.delete(storageKey(o.key))
        return {}
      }),
      createSelectorQuery: () => this.selectorQuery(),
      createIntersectionObserver: () => ({
        relativeTo: () => ({ observe() {} }),
        relativeToViewport: () => ({ observe() {} }),
        observe() {},
        disconnect() {},
      }),
      showToast: this.asyncApi('showToast'),
      hideToast: this.asyncApi('hideToast'),
      showLoading: this.asyncApi('showLoading'),
      hideLoading: this.asyncApi('hideLoading'),
      showModal: this.asyncApi('showModal', () => ({ ...this.modalAnswer })),
      showActionSheet: this.asyncApi('showActionSheet', () => ({ tapIndex: 0 })),
      makePhoneCall: this.asyncApi('makePhoneCall'),
      setClipboardData: this.asyncApi('setClipboardData'),
      getClipboardData: this.asyncApi('getClipboardData', () => ({ data: '' })),
      openLocation: this.asyncApi('openLocation'),
      getLocation: this.asyncApi('getLocation', () => new Error('auth deny')),
      addPhoneCalendar: this.asyncApi('addPhoneCalendar'),
      addPhoneRepeatCalendar: this.asyncApi('addPhoneRepeatCalendar'),
      openSetting: this.asyncApi('openSetting', () => ({ authSetting: {} })),
      getSetting: this.asyncApi('getSetting', () => ({ authSetting: {} })),
      showShareMenu: this.asyncApi('showShareMenu'),
      hideShareMenu: this.asyncApi('hideShareMenu'),
      setNavigationBarTitle: this.asyncApi('setNavigationBarTitle'),
      setNavigationBarColor: this.asyncApi('setNavigationBarColor'),
      pageScrollTo: this.asyncApi('pageScrollTo'),
      stopPullDownRefresh: this.asyncApi('stopPullDownRefresh'),
      vibrateShort: this.asyncApi('vibrateShort'),
      navigateTo: this.asyncApi('navigateTo'),
      redirectTo: this.asyncApi('redirectTo'),
      switchTab: this.asyncApi('switchTab'),
      reLaunch: this.asyncApi('reLaunch'),
      navigateBack: this.asyncApi('navigateBack'),
      request: (opts: Dict = {}) => {
        this.record('request', [opts])
        const answer = this.options.request
          ? this.options.request(opts)
          : new Error('offline (the harness has no network)')
        setTimeout(() => {
          this.guard('request callbacks', () => {
            const payload =
              answer instanceof Error
                ? { errMsg: `request:fail ${answer.message}` }
                : { errMsg: 'request:ok', header: {}, ...answer }
            const cb = answer instanceof Error ? opts.fail : opts.success
            if (typeof cb === 'function') cb(payload)
            if (typeof opts.complete === 'function') opts.complete(payload)
          })
        }, 0)
        return { abort() {}, onHeadersReceived() {}, offHeadersReceived() {} }
      },
      onAppShow: () => undefined,
      onAppHide: () => undefined,
      offAppShow: () => undefined,
      offAppHide: () => undefined,
      onError: () => undefined,
      onLazyLoadError: (listener: unknown) => {
        if (typeof listener === 'function') this.lazyLoadErrorListeners.add(listener as (res: Dict) => void)
      },
      offLazyLoadError: (listener: unknown) => {
        this.lazyLoadErrorListeners.delete(listener as (res: Dict) => void)
      },
      onUnhandledRejection: () => undefined,
      onPageNotFound: () => undefined,
      onWindowResize: () => undefined,
      offWindowResize: () => undefined,
      onThemeChange: () => undefined,
      onNetworkStatusChange: () => undefined,
      getNetworkType: this.asyncApi('getNetworkType', () => ({ networkType: 'wifi' })),
      getUpdateManager: () => ({ onCheckForUpdate() {}, onUpdateReady() {}, onUpdateFailed() {}, applyUpdate() {} }),
      reportAnalytics: () => undefined,
      env: { USER_DATA_PATH: 'wxfile://usr' },
    }
    const fail = (kind: HarnessProblem['kind'], message: string): void => this.fail(kind, message)
    // Moments' single-page mode (scene 1154): WeChat refuses leaving the page and 设置, and
    // answers only with its own “请前往小程序使用完整服务”. A control that calls one is a dead control.
    if (this.options.scene === 1154) {
      for (const api of SINGLE_PAGE_REFUSED) {
        const original = stubs[api] as (opts?: Dict) => unknown
        stubs[api] = (opts: Dict = {}) => {
          this.fail('single-page', `wx.${api} was called in single-page mode (scene 1154), where it cannot work`)
          this.failWith(api, { errMsg: 'not supported in single page mode' })
          return original(opts)
        }
      }
    }
    // Taro copies wx.cloud onto Taro.cloud at start-up; only using it is a problem.
    stubs.cloud = new Proxy(
      {},
      {
        get(_t, key) {
          if (typeof key === 'symbol' || key === 'then') return undefined
          fail('unstubbed', `wx.cloud.${key} was used but the harness has no stub for it`)
          throw new Error(`wx.cloud.${key} is not stubbed by the weapp harness`)
        },
      },
    )
    return new Proxy(stubs, {
      get(target, key) {
        if (typeof key === 'symbol' || key in target) return Reflect.get(target, key)
        fail(
          'unstubbed',
          `wx.${key} was used but the harness has no stub for it (add one in test/weapp/harness.ts if the app really needs it)`,
        )
        throw new Error(`wx.${key} is not stubbed by the weapp harness`)
      },
      set(target, key, value) {
        return Reflect.set(target, key, value)
      },
    })
  }

  private globals(): Dict {
    const timer =
      (interval: boolean) =>
      (fn: unknown, delay?: number, ...args: unknown[]): number => {
        const id = ++this.timerSeq
        if (typeof fn !== 'function') return id
        const ms = Math.max(0, Number(delay) || 0)
        const run = (): void => {
          if (!interval) this.timers.delete(id)
          this.guard(interval ? 'setInterval callback' : 'setTimeout callback', () =>
            (fn as (...a: unknown[]) => unknown)(...args),
          )
        }
        const handle = interval ? setInterval(run, ms) : setTimeout(run, ms)
        this.timers.set(id, { interval, delay: ms, handle })
        return id
      }
    const clear = (id: unknown): void => {
      const t = this.timers.get(Number(id))
      if (t) clearTimeout(t.handle)
      this.timers.delete(Number(id))
    }
    const log =
      (level: string) =>
      (...args: unknown[]): void => {
        const text = args.map((a) => (typeof a === 'string' ? a : describe(a))).join(' ')
        this.console.push({ level, text })
        if (level === 'error') this.fail('console.error', text)
      }
    return {
      wx: this.wx(),
      App: (options: Dict) => {
        this.appInstance = options
      },
      Page: (options: Dict) => {
        this.lastPageOptions = options
      },
      Component: (options: Dict) => {
        this.lastComponentOptions = options
        this.components.set(`component-${this.components.size}`, options)
      },
      Behavior: (options: Dict) => options,
      getApp: () => this.appInstance,
      getCurrentPages: () => this.pageStack.map((p) => p.instance),
      requirePlugin: (name: string) => {
        this.fail('unstubbed', `requirePlugin(${name}) is not supported by the harness`)
        return {}
      },
      setTimeout: timer(false),
      setInterval: timer(true),
      clearTimeout: clear,
      clearInterval: clear,
      console: { log: log('log'), info: log('info'), warn: log('warn'), error: log('error'), debug: log('debug') },
    }
  }
}

/** Launches a fresh app, opens one route, and returns both (close the app when done). */
export async function openPage(
  route: string,
  query: Record<string, string> = {},
  options: HarnessOptions = {},
): Promise<{ app: WeappApp; page: WeappPage }> {
  const app = await WeappApp.launch(options)
  const page = await app.open(route, query)
  return { app, page }
}

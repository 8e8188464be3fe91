import { spawnSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import vm from 'node:vm'
import { outputDir, repoRoot } from '../support/paths'

/*
 * The weapp view layer, rendered by WeChat's own WXML compiler. `wcc` (from the
 * npm package miniprogram-compiler) compiles every .wxml and .wxs of a build into
 * the script WeChat's view layer runs; that script, in a Node vm, turns a page's
 * data (what the logic layer sent through setData) into the element tree a person
 * sees, and reports WeChat's own messages: ``Template `tmpl_0_9` not found.``,
 * `Dom limit exceeded`, wxs errors. Custom components are rendered from their own
 * .wxml with the attributes the page passed them, as WeChat does.
 */

/** One element as WeChat renders it: tag without the `wx-` prefix, classes, attributes as in .wxml (`aria-label`), children. */
export interface ViewNode {
  tag: string
  cls: string
  attrs: Record<string, string | number | boolean>
  children: ViewChild[]
}

export type ViewChild = ViewNode | string

export interface ViewProblem {
  kind: 'warning' | 'error' | 'unknown-tag' | 'component'
  message: string
}

export interface RenderedView {
  file: string
  tree: ViewNode
  problems: ViewProblem[]
  /** What a person reads: text runs in order, each element on its own lines, display:none left out. */
  text: string
}

/**
 * WeChat's built-in components (developers.weixin.qq.com › 组件), written out by
 * hand: a tag that is neither one of these nor registered in the file's
 * usingComponents renders as an empty box in WeChat, without any warning.
 */
export const WECHAT_BUILTIN_TAGS: ReadonlySet<string> = new Set([
  'page',
  // 视图容器
  'view',
  'scroll-view',
  'swiper',
  'swiper-item',
  'movable-area',
  'movable-view',
  'cover-view',
  'cover-image',
  'match-media',
  'page-container',
  'root-portal',
  'share-element',
  'grid-view',
  'list-view',
  'sticky-header',
  'sticky-section',
  'draggable-sheet',
  'nested-scroll-header',
  'nested-scroll-body',
  'snapshot',
  'span',
  // 基础内容
  'icon',
  'progress',
  'rich-text',
  'selection',
  'text',
  // 表单
  'button',
  'checkbox',
  'checkbox-group',
  'editor',
  'form',
  'input',
  'keyboard-accessory',
  'label',
  'picker',
  'picker-view',
  'picker-view-column',
  'radio',
  'radio-group',
  'slider',
  'switch',
  'textarea',
  // 导航
  'functional-page-navigator',
  'navigator',
  // 媒体
  'audio',
  'camera',
  'channel-live',
  'channel-video',
  'image',
  'live-player',
  'live-pusher',
  'video',
  'voip-room',
  // 地图、画布、开放能力
  'map',
  'canvas',
  'web-view',
  'ad',
  'ad-custom',
  'official-account',
  'open-data',
  'store-home',
  'store-product',
  // 页面属性
  'page-meta',
  'navigation-bar',
  // slot of a custom component
  'slot',
])

const WCC_BIN = path.join(repoRoot, 'node_modules', 'miniprogram-compiler', 'bin', 'linux', 'wcc')
const HIDDEN_STYLE = /display\s*:\s*none/

type Json = { usingComponents?: Record<string, string> }

function walkFiles(dir: string, base = dir): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name)
    if (e.isDirectory()) return walkFiles(full, base)
    return [path.relative(base, full).split(path.sep).join('/')]
  })
}

/** npm 11 runs no install scripts and the package ships the binary without its x bit. */
function wccBinary(): string {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new Error(
      `the weapp view renderer runs WeChat's Linux x86-64 wcc; this is ${process.platform}/${process.arch}`,
    )
  }
  if (!fs.existsSync(WCC_BIN)) throw new Error(`${WCC_BIN} is missing: run npm ci (devDependency miniprogram-compiler)`)
  try {
    fs.accessSync(WCC_BIN, fs.constants.X_OK)
  } catch {
    fs.chmodSync(WCC_BIN, 0o755)
  }
  return WCC_BIN
}

/** The raw render output of wcc's script: `{tag:'wx-view', attr, children}` or a text string. */
interface RawNode {
  tag?: string
  attr?: Record<string, unknown>
  children?: Array<RawNode | string>
}

/** A build's compiled view layer: compile once (cached on disk by content), render many times. */
export class WeappView {
  private static readonly instances = new Map<string, WeappView>()
  /** Renders done in this test file and the ms they took, for the run's report. */
  static readonly stats = { renders: 0, ms: 0 }
  private readonly context: vm.Context
  private readonly messages: ViewProblem[] = []
  private readonly jsonCache = new Map<string, Json>()
  readonly wxmlFiles: string[]
  /** ms the compile took (0 when the compiled script came from the cache). */
  readonly compileMs: number

  /** The compiled view of `dist`, shared by every page of a test file. */
  static for(dist: string): WeappView {
    const key = path.resolve(dist)
    let view = WeappView.instances.get(key)
    if (!view) {
      view = new WeappView(key)
      WeappView.instances.set(key, view)
    }
    return view
  }

  constructor(readonly dist: string) {
    const files = walkFiles(dist).sort()
    this.wxmlFiles = files.filter((f) => f.endsWith('.wxml'))
    const wxs = files.filter((f) => f.endsWith('.wxs'))
    // wcc must know which tags of a file are custom components: `<count> (<file.wxml> <n> <names…>)…`
    const withComponents = this.wxmlFiles
      .map((f) => ({ f, names: [...this.componentsOf(f.replace(/\.wxml$/, '')).keys()] }))
      .filter((x) => x.names.length > 0)
    const componentArg = [withComponents.length, ...withComponents.flatMap((x) => [x.f, x.names.length, ...x.names])]
    const args = ['-d', '-ds', '-cc', componentArg.join(' '), ...this.wxmlFiles, ...wxs, '-gn', '$gwx']

    const bin = wccBinary()
    const hash = crypto.createHash('sha256')
    hash.update(fs.readFileSync(bin))
    hash.update(JSON.stringify(args))
    for (const f of [...this.wxmlFiles, ...wxs]) hash.update(f).update(fs.readFileSync(path.join(dist, f)))
    const cacheFile = outputDir('wcc', `${hash.digest('hex').slice(0, 32)}.js`)
    let script: string
    const started = Date.now()
    if (fs.existsSync(cacheFile)) {
      script = fs.readFileSync(cacheFile, 'utf8')
      this.compileMs = 0
    } else {
      const run = spawnSync(bin, args, { cwd: dist, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' })
      if (run.error) throw run.error
      if (run.status !== 0) {
        throw new Error(`wcc could not compile the view layer of ${dist} (exit ${run.status}):\n${run.stderr}`)
      }
      script = run.stdout
      this.compileMs = Date.now() - started
      fs.mkdirSync(path.dirname(cacheFile), { recursive: true })
      const tmp = `${cacheFile}.${process.pid}.tmp`
      fs.writeFileSync(tmp, script)
      fs.renameSync(tmp, cacheFile)
    }

    // Nothing from this realm goes in: wcc's code patches the built-in prototypes
    // (Array.prototype.nv_indexOf …) and checks `constructor === Object`.
    const say =
      (kind: ViewProblem['kind']) =>
      (...parts: unknown[]): void => {
        this.messages.push({ kind, message: parts.map((a) => describe(a)).join(' ') })
      }
    this.context = vm.createContext({
      console: { warn: say('warning'), error: say('error'), log: say('error'), info: () => {}, debug: () => {} },
    })
    vm.runInContext('var window = globalThis; var __wxAppCode__ = {};', this.context)
    vm.runInContext(script, this.context, { filename: cacheFile })
  }

  private json(file: string): Json {
    let json = this.jsonCache.get(file)
    if (!json) {
      const full = path.join(this.dist, `${file}.json`)
      json = fs.existsSync(full) ? (JSON.parse(fs.readFileSync(full, 'utf8')) as Json) : {}
      this.jsonCache.set(file, json)
    }
    return json
  }

  /**
   * The custom components `file` may use, name → path from the package root:
   * app.json's usingComponents (global) overridden by the file's own .json.
   */
  private componentsOf(file: string): Map<string, string> {
    const out = new Map<string, string>()
    const add = (from: string, using: Record<string, string> | undefined): void => {
      for (const [name, ref] of Object.entries(using ?? {})) {
        if (ref.startsWith('plugin://')) out.set(name, ref)
        else out.set(name, path.posix.normalize(ref.startsWith('/') ? ref.slice(1) : path.posix.join(from, ref)))
      }
    }
    add('', this.json('app').usingComponents)
    add(path.posix.dirname(file), this.json(file).usingComponents)
    return out
  }

  /** Runs one compiled file (`pages/index/index`, no extension) on `data`, built inside the vm. */
  private run(file: string, data: unknown): { root?: RawNode; problems: ViewProblem[] } {
    this.messages.length = 0
    const problems: ViewProblem[] = []
    const context = this.context as { __file?: string; __json?: string }
    context.__file = `${file}.wxml`
    context.__json = JSON.stringify(data ?? {})
    let root: RawNode | undefined
    try {
      root = vm.runInContext(
        `(function () {
          var generate = $gwx(__file)
          if (typeof generate !== 'function') return undefined
          return JSON.stringify(generate(JSON.parse(__json), {}, {}))
        })()`,
        this.context,
      ) as RawNode | undefined
      if (root === undefined)
        problems.push({ kind: 'error', message: `${file}.wxml is not in the compiled view layer` })
      else root = JSON.parse(root as unknown as string) as RawNode
    } catch (error) {
      problems.push({ kind: 'error', message: `rendering ${file}.wxml threw: ${describe(error)}` })
      root = undefined
    }
    problems.push(...this.messages.map((m) => ({ ...m, message: `${file}.wxml: ${m.message}` })))
    this.messages.length = 0
    return { root, problems }
  }

  /**
   * Renders `file` (a page route or component path, no extension) with `data`,
   * custom components included, and checks every tag is a built-in or registered.
   */
  render(file: string, data: unknown): RenderedView {
    const started = Date.now()
    const problems: ViewProblem[] = []
    const tree = this.renderFile(file, data, problems, 0) ?? { tag: 'page', cls: '', attrs: {}, children: [] }
    WeappView.stats.renders++
    WeappView.stats.ms += Date.now() - started
    return { file, tree, problems, text: textOf(tree) }
  }

  private renderFile(file: string, data: unknown, problems: ViewProblem[], depth: number): ViewNode | undefined {
    if (depth > 200) {
      problems.push({ kind: 'component', message: `${file}: custom components nested more than 200 deep` })
      return undefined
    }
    const { root, problems: own } = this.run(file, data)
    problems.push(...own)
    if (!root) return undefined
    const using = this.componentsOf(file)
    const convert = (raw: RawNode): ViewNode => {
      const tag = (raw.tag ?? '').replace(/^wx-/, '')
      const attrs: ViewNode['attrs'] = {}
      for (const [k, v] of Object.entries(raw.attr ?? {})) {
        if (/^(bind|catch|capture-bind|capture-catch)/.test(k) || v === undefined || v === null) continue
        // wcc's output camel-cases attribute names (ariaLabel); name them as the .wxml does (aria-label).
        const name = k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)
        if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') attrs[name] = v
      }
      const node: ViewNode = {
        tag,
        cls: typeof raw.attr?.class === 'string' ? raw.attr.class : '',
        attrs,
        children: [],
      }
      const target = using.get(tag)
      if (target?.startsWith('plugin://')) {
        problems.push({
          kind: 'component',
          message: `${file}.wxml uses <${tag}> from a plugin, which cannot be rendered here`,
        })
      } else if (target !== undefined) {
        const inner = this.renderFile(target, raw.attr ?? {}, problems, depth + 1)
        if (inner) node.children = inner.children
      } else {
        if (!WECHAT_BUILTIN_TAGS.has(tag)) {
          problems.push({
            kind: 'unknown-tag',
            message: `${file}.wxml renders <${tag}>, which is neither a WeChat component nor in its usingComponents`,
          })
        }
        node.children = (raw.children ?? []).map((c) => (typeof c === 'string' ? c : convert(c)))
      }
      return node
    }
    return convert(root)
  }
}

function describe(value: unknown): string {
  if (typeof value === 'string') return value
  if (typeof value === 'object' && value !== null) {
    const e = value as { stack?: unknown; message?: unknown }
    if (typeof e.stack === 'string') return e.stack
    if (typeof e.message === 'string') return e.message
  }
  try {
    return JSON.stringify(value)
  } catch {
    return String(value)
  }
}

/** Text as a person reads it: runs of text in order, each element on its own lines, hidden ones left out. */
export function textOf(node: ViewChild): string {
  const render = (n: ViewChild): string => {
    if (typeof n === 'string') return n
    if (typeof n.attrs.style === 'string' && HIDDEN_STYLE.test(n.attrs.style)) return ''
    return n.children.map((c) => (typeof c === 'string' ? c : `\n${render(c)}\n`)).join('')
  }
  return render(node)
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .join('\n')
}

/** Every element of `tree` (depth first) that `match` accepts. */
export function findAll(tree: ViewNode, match: (n: ViewNode) => boolean): ViewNode[] {
  const out: ViewNode[] = []
  const walk = (n: ViewNode): void => {
    if (match(n)) out.push(n)
    for (const c of n.children) if (typeof c !== 'string') walk(c)
  }
  walk(tree)
  return out
}

/** Every tag that occurs in `tree`, for reports. */
export function tagsOf(tree: ViewNode): Set<string> {
  return new Set(findAll(tree, () => true).map((n) => n.tag))
}

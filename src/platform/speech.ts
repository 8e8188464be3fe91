import Taro from '@tarojs/taro'

/**
 * Read-aloud in Mandarin where the platform can: Web Speech on H5; on weapp
 * WeChat's 同声传译 plugin (WechatSI) when the build declares it
 * (TARO_APP_WECHAT_SI=1 adds it to app.config). Elsewhere `supported` is
 * false and the button is hidden, never broken.
 */
export interface Speaker {
  readonly supported: boolean
  /**
   * Reads `text`; `onEnd` when all of it was read, `onFail` (once, instead) when the phone could not read it:
   * no voice installed, the engine refused, or it never started.
   */
  speak(text: string, onEnd?: () => void, onFail?: () => void): void
  pause(): void
  resume(): void
  stop(): void
}

/** Splits long text at sentence ends into pieces a TTS call accepts (WechatSI takes ~300 characters). */
export function speechChunks(text: string, max = 280): string[] {
  // A sentence and the marks that end it (no look-behind: iOS Safari before 16.4 cannot compile one).
  const sentences = text.replace(/\s+/g, ' ').match(/[^。！？；!?;]+[。！？；!?;]*|[。！？；!?;]+/g) ?? []
  const chunks: string[] = []
  let current = ''
  for (const sentence of sentences) {
    if ((current + sentence).length > max && current) {
      chunks.push(current)
      current = ''
    }
    if (sentence.length > max) {
      for (let i = 0; i < sentence.length; i += max) chunks.push(sentence.slice(i, i + max))
      continue
    }
    current += sentence
  }
  if (current.trim()) chunks.push(current)
  return chunks.filter((c) => c.trim().length > 0)
}

const unsupported: Speaker = {
  supported: false,
  speak: () => undefined,
  pause: () => undefined,
  resume: () => undefined,
  stop: () => undefined,
}

/** How long a browser may take to begin speaking before read-aloud is called failed (voices load lazily). */
export const SPEECH_START_LIMIT_MS = 8000

function webSpeaker(): Speaker {
  // Whether the browser can speak, asked without reading speechSynthesis: the first read sets up the platform's
  // speech (a detail page's first screen spent about 12 ms of its longest task on it at 4× CPU), so that waits
  // for 朗读全文.
  if (typeof window === 'undefined' || !('speechSynthesis' in window)) return unsupported
  if (typeof SpeechSynthesisUtterance === 'undefined') return unsupported
  const engine = (): SpeechSynthesis | undefined => window.speechSynthesis ?? undefined
  let generation = 0
  let watchdog: ReturnType<typeof setTimeout> | undefined
  const stop = () => {
    generation += 1
    clearTimeout(watchdog)
    engine()?.cancel()
  }
  return {
    supported: true,
    speak(text, onEnd, onFail) {
      stop()
      const synth = engine()
      if (!synth) {
        onFail?.()
        return
      }
      const gen = generation
      let started = false
      const fail = () => {
        if (gen !== generation) return
        stop()
        onFail?.()
      }
      const chunks = speechChunks(text)
      chunks.forEach((chunk, i) => {
        const u = new SpeechSynthesisUtterance(chunk)
        u.lang = 'zh-CN'
        u.rate = 0.9
        u.onstart = () => {
          started = true
        }
        // Cancelling (停止, leaving the page) ends the rest with canceled / interrupted: not a failure.
        u.onerror = (e) => {
          if (e.error !== 'canceled' && e.error !== 'interrupted') fail()
        }
        if (i === chunks.length - 1)
          u.onend = () => {
            if (gen !== generation) return
            clearTimeout(watchdog)
            onEnd?.()
          }
        synth.speak(u)
      })
      // Some browsers neither speak nor say why (no Chinese voice): after a while, say it did not work.
      watchdog = setTimeout(() => {
        if (!started && !synth.paused) fail()
      }, SPEECH_START_LIMIT_MS)
    },
    pause: () => engine()?.pause(),
    resume: () => engine()?.resume(),
    stop,
  }
}

interface WechatSiPlugin {
  textToSpeech(options: {
    lang: string
    content: string
    success: (res: { filename: string }) => void
    fail: () => void
  }): void
}

declare const requirePlugin: ((name: string) => unknown) | undefined

function wechatSpeaker(): Speaker {
  if (process.env.TARO_APP_WECHAT_SI !== '1' || typeof requirePlugin !== 'function') return unsupported
  let plugin: WechatSiPlugin | undefined
  try {
    plugin = requirePlugin('WechatSI') as WechatSiPlugin
  } catch {
    return unsupported
  }
  if (!plugin) return unsupported
  const si = plugin
  const audio = Taro.createInnerAudioContext()
  let queue: string[] = []
  let finished: (() => void) | undefined
  let failed: (() => void) | undefined
  let generation = 0
  const fail = (gen: number) => {
    if (gen !== generation) return
    generation += 1
    queue = []
    audio.stop()
    failed?.()
  }
  const playNext = (gen: number) => {
    const next = queue.shift()
    if (next === undefined) {
      finished?.()
      return
    }
    si.textToSpeech({
      lang: 'zh_CN',
      content: next,
      success: (res) => {
        if (gen !== generation) return
        audio.src = res.filename
        audio.play()
      },
      // The plugin could not make speech of it (no network, refused): say so rather than read half of it.
      fail: () => fail(gen),
    })
  }
  audio.onEnded(() => playNext(generation))
  audio.onError(() => fail(generation))
  return {
    supported: true,
    speak(text, onEnd, onFail) {
      generation += 1
      audio.stop()
      queue = speechChunks(text)
      finished = onEnd
      failed = onFail
      playNext(generation)
    },
    pause: () => audio.pause(),
    resume: () => audio.play(),
    stop() {
      generation += 1
      queue = []
      audio.stop()
    },
  }
}

let speaker: Speaker | undefined

export function getSpeaker(): Speaker {
  if (!speaker) speaker = process.env.TARO_ENV === 'h5' ? webSpeaker() : wechatSpeaker()
  return speaker
}

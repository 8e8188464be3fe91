import { speechChunks, type Speaker } from '@/platform/speech'

// Read-aloud hands text to the speech engine in pieces that end at a sentence's end where they can.
describe('speechChunks', () => {
  test('pieces end at sentence marks and stay within the length', () => {
    expect(speechChunks('第一句。第二句！第三句', 5)).toEqual(['第一句。', '第二句！', '第三句'])
  })

  test('short sentences share a piece', () => {
    expect(speechChunks('一。二？三；四', 20)).toEqual(['一。二？三；四'])
  })

  test('line breaks and runs of spaces read as one space; repeated marks stay with their sentence', () => {
    expect(speechChunks('办理低保\n  需要哪些材料？？请带身份证。', 14)).toEqual([
      '办理低保 需要哪些材料？？',
      '请带身份证。',
    ])
  })

  test('a sentence longer than a piece is cut at the length', () => {
    expect(speechChunks('一二三四五六七', 3)).toEqual(['一二三', '四五六', '七'])
  })

  test('nothing to read gives no pieces', () => {
    expect(speechChunks('  \n ', 10)).toEqual([])
    expect(speechChunks('', 10)).toEqual([])
  })
})

// The browser's speech engine, faked: each utterance spoken is kept, and the test says what the engine does.
type FakeUtterance = {
  text: string
  onstart?: () => void
  onend?: () => void
  onerror?: (e: { error: string }) => void
}

function fakeBrowserSpeech() {
  const spoken: FakeUtterance[] = []
  const synth = {
    paused: false,
    speak: jest.fn((u: FakeUtterance) => void spoken.push(u)),
    cancel: jest.fn(),
    pause: jest.fn(),
    resume: jest.fn(),
  }
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true })
  ;(globalThis as Record<string, unknown>).SpeechSynthesisUtterance = function Utterance(
    this: FakeUtterance,
    text: string,
  ) {
    this.text = text
  }
  // A fresh module: it keeps the speaker it made first.
  type SpeechModule = { getSpeaker: () => Speaker; SPEECH_START_LIMIT_MS: number }
  let speech!: SpeechModule
  jest.isolateModules(() => {
    speech = jest.requireActual<SpeechModule>('@/platform/speech')
  })
  return { speaker: speech.getSpeaker(), spoken, synth, limit: speech.SPEECH_START_LIMIT_MS }
}

describe('read-aloud in the browser says when the phone cannot speak', () => {
  afterEach(() => {
    jest.useRealTimers()
    delete (window as unknown as Record<string, unknown>).speechSynthesis
  })

  test('an engine error (no voice) calls onFail once, not onEnd, and stops the rest', () => {
    const { speaker, spoken, synth } = fakeBrowserSpeech()
    const onEnd = jest.fn()
    const onFail = jest.fn()
    speaker.speak('第一句。'.repeat(100), onEnd, onFail)
    expect(spoken.length).toBeGreaterThan(1)
    spoken[0]!.onerror?.({ error: 'synthesis-failed' })
    // Cancelling makes the engine end the others as canceled: that is not a second failure.
    spoken[1]!.onerror?.({ error: 'canceled' })
    spoken[1]!.onerror?.({ error: 'synthesis-failed' })
    expect(onFail).toHaveBeenCalledTimes(1)
    expect(onEnd).not.toHaveBeenCalled()
    expect(synth.cancel).toHaveBeenCalledTimes(2) // before speaking, and on the failure
  })

  test('停止 ends the utterances as interrupted: no failure is reported', () => {
    const { speaker, spoken } = fakeBrowserSpeech()
    const onFail = jest.fn()
    speaker.speak('第一句。', undefined, onFail)
    speaker.stop()
    spoken[0]!.onerror?.({ error: 'interrupted' })
    expect(onFail).not.toHaveBeenCalled()
  })

  test('an engine that never starts is called failed after the limit; one that starts and ends is not', () => {
    jest.useFakeTimers()
    const { speaker, spoken, limit } = fakeBrowserSpeech()
    const silent = jest.fn()
    speaker.speak('第一句。', undefined, silent)
    jest.advanceTimersByTime(limit - 1)
    expect(silent).not.toHaveBeenCalled()
    jest.advanceTimersByTime(1)
    expect(silent).toHaveBeenCalledTimes(1)

    const onEnd = jest.fn()
    const onFail = jest.fn()
    speaker.speak('第二句。', onEnd, onFail)
    const last = spoken.at(-1)!
    last.onstart?.()
    last.onend?.()
    jest.advanceTimersByTime(limit * 2)
    expect(onEnd).toHaveBeenCalledTimes(1)
    expect(onFail).not.toHaveBeenCalled()
  })

  test('a failure from an earlier reading is ignored once a new one began', () => {
    const { speaker, spoken } = fakeBrowserSpeech()
    const first = jest.fn()
    speaker.speak('第一句。', undefined, first)
    const old = spoken[0]!
    const second = jest.fn()
    speaker.speak('第二句。', undefined, second)
    old.onerror?.({ error: 'synthesis-failed' })
    expect(first).not.toHaveBeenCalled()
    expect(second).not.toHaveBeenCalled()
  })
})

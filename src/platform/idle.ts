/**
 * Runs `task` when the main thread is idle: requestIdleCallback where the
 * platform has it (browsers), else a timer after the current frame (weapp).
 * Returns a function that cancels it.
 */
export function whenIdle(task: () => void, timeoutMs = 1000): () => void {
  const g = globalThis as unknown as {
    requestIdleCallback?: (cb: () => void, options?: { timeout: number }) => number
    cancelIdleCallback?: (id: number) => void
  }
  if (typeof g.requestIdleCallback === 'function' && typeof g.cancelIdleCallback === 'function') {
    const id = g.requestIdleCallback(task, { timeout: timeoutMs })
    return () => g.cancelIdleCallback?.(id)
  }
  const timer = setTimeout(task, 50)
  return () => clearTimeout(timer)
}

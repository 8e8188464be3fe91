/**
 * The build suites run the app at one pinned moment, so the sample content
 * (posts, festivals and deadlines dated around November 2026) reads the same
 * on any day CI runs: a job that expires next month must not break a journey.
 * Date rules at other moments (boundaries, year rollover, midnight) are the
 * domain unit tests' job, with their own pinned "now"s.
 */
export const PINNED_NOW = Date.parse('2026-11-26T10:00:00+08:00')

/**
 * Source of a script that makes `Date` start at `now` and then run at normal
 * speed (timers, animations and timeouts behave as usual). Runs inside the
 * page (Playwright init script) or the weapp vm context.
 */
export function pinnedDateScript(now: number = PINNED_NOW): string {
  return `(() => {
  const RealDate = Date
  const offset = ${now} - RealDate.now()
  class PinnedDate extends RealDate {
    constructor(...args) {
      if (args.length === 0) super(RealDate.now() + offset)
      else super(...args)
    }
    static now() {
      return RealDate.now() + offset
    }
  }
  globalThis.Date = PinnedDate
})()`
}

import { useEffect, useState } from 'react'

/** The current time, refreshed every minute so statuses (进行中, 营业中) stay true while a page is open. */
export function useNow(refreshMs = 60_000): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), refreshMs)
    return () => clearInterval(timer)
  }, [refreshMs])
  return now
}

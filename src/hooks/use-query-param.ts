import { useRouter } from '@tarojs/taro'
import { queryParam } from '@/domain/routes'

/** A decoded, trimmed parameter of the page URL ('' when missing or odd). */
export function useQueryParam(name: string): string {
  const router = useRouter()
  return queryParam((router.params as Record<string, unknown>)[name])
}

import { embeddedPack } from '@/content/index'
import { search } from '@/domain/search'
const qs = ['梅花鹿', 'mhlj', 'meihualu', '低保', 'dibao', '医保', '153', 'sy', '梅花lj', 'xxj', '老年', '😀', 'a'.repeat(5000), '公益 岗位 保洁']
for (let round = 0; round < 4; round++) {
  const line: string[] = []
  for (const q of qs) {
    const t = performance.now()
    for (let k = 0; k < 200; k++) search(embeddedPack, q)
    line.push(`${q.slice(0, 8)}=${((performance.now() - t) / 200).toFixed(2)}`)
  }
  console.log(line.join(' '))
}

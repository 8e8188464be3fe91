// Draws the tab bar icons (home, search, mine) as small PNGs, so no binary art tool is needed.
// Run: node scripts/gen-tab-icons.mjs  (writes src/assets/tab/*.png)
import { writeFileSync, mkdirSync } from 'node:fs'
import { deflateSync } from 'node:zlib'

const SIZE = 81
const COLORS = { normal: [0x55, 0x55, 0x55], active: [0xb4, 0x28, 0x2d] }

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})
const crc32 = (buf) => {
  let c = 0xffffffff
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}
const chunk = (type, data) => {
  const len = Buffer.alloc(4)
  len.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([len, body, crc])
}

function png(inside, [r, g, b]) {
  const rows = []
  for (let y = 0; y < SIZE; y++) {
    const row = Buffer.alloc(1 + SIZE * 4)
    for (let x = 0; x < SIZE; x++) {
      // 4× supersampling for smooth edges
      let hits = 0
      for (let sy = 0; sy < 4; sy++)
        for (let sx = 0; sx < 4; sx++) if (inside((x + (sx + 0.5) / 4) / SIZE, (y + (sy + 0.5) / 4) / SIZE)) hits++
      row.set([r, g, b, Math.round((hits / 16) * 255)], 1 + x * 4)
    }
    rows.push(row)
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(SIZE, 0)
  header.writeUInt32BE(SIZE, 4)
  header.set([8, 6, 0, 0, 0], 8)
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

const ring = (cx, cy, r, w) => (x, y) => Math.abs(Math.hypot(x - cx, y - cy) - r) <= w / 2
const segment = (x1, y1, x2, y2, w) => (x, y) => {
  const dx = x2 - x1
  const dy = y2 - y1
  const t = Math.max(0, Math.min(1, ((x - x1) * dx + (y - y1) * dy) / (dx * dx + dy * dy)))
  return Math.hypot(x - (x1 + t * dx), y - (y1 + t * dy)) <= w / 2
}
const any =
  (...shapes) =>
  (x, y) =>
    shapes.some((s) => s(x, y))
const W = 0.075

const icons = {
  home: any(
    segment(0.14, 0.48, 0.5, 0.16, W),
    segment(0.5, 0.16, 0.86, 0.48, W),
    segment(0.24, 0.42, 0.24, 0.84, W),
    segment(0.76, 0.42, 0.76, 0.84, W),
    segment(0.24, 0.84, 0.76, 0.84, W),
    segment(0.42, 0.84, 0.42, 0.62, W),
    segment(0.42, 0.62, 0.58, 0.62, W),
    segment(0.58, 0.62, 0.58, 0.84, W),
  ),
  search: any(ring(0.43, 0.43, 0.25, W), segment(0.62, 0.62, 0.84, 0.84, W * 1.3)),
  mine: any(
    ring(0.5, 0.33, 0.17, W),
    (x, y) => y >= 0.62 && y <= 0.88 && ring(0.5, 0.9, 0.32, W)(x, y),
    segment(0.18, 0.88, 0.82, 0.88, W),
  ),
}

mkdirSync('src/assets/tab', { recursive: true })
for (const [name, shape] of Object.entries(icons)) {
  writeFileSync(`src/assets/tab/${name}.png`, png(shape, COLORS.normal))
  writeFileSync(`src/assets/tab/${name}-active.png`, png(shape, COLORS.active))
}
console.log('wrote src/assets/tab/{home,search,mine}{,-active}.png')

import fs from 'node:fs'
import path from 'node:path'
import { h5Dist, weappDist } from '../support/paths'
import { studioDist } from '../support/studio'

/*
 * The studio stays out of the app: none of its code or its dependencies in dist/weapp or the public dist/h5,
 * and the preview's listener for posted drafts only in the studio's own preview build.
 */

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name)
    return e.isDirectory() ? filesUnder(full) : [full]
  })
}

/** Text files of a build: scripts, styles, templates, pages. */
function textOf(dir: string): string {
  return filesUnder(dir)
    .filter((f) => /\.(js|css|wxss|wxml|json|html)$/.test(f))
    .map((f) => fs.readFileSync(f, 'utf8'))
    .join('\n')
}

/** Words only the studio (its title, its draft message), its UI kit (@ant-design) or idb-keyval (keyval-store) write. */
const STUDIO_MARKERS = ['内容编辑台', '@ant-design', 'keyval-store', 'sy-studio-draft']

describe.each([
  ['weapp', weappDist()],
  ['public H5', h5Dist()],
])('the %s build', (_name, dist) => {
  const text = textOf(dist)
  test.each(STUDIO_MARKERS)('holds nothing of the studio: %s', (marker) => {
    expect(text.includes(marker)).toBe(false)
  })
})

test('the studio and its preview build hold what the app builds must not (the markers can be found)', () => {
  const studio = textOf(studioDist())
  for (const marker of STUDIO_MARKERS) expect(studio).toContain(marker)
  expect(textOf(path.join(studioDist(), 'preview'))).toContain('sy-studio-draft')
})

// What dist/ ships: an ES module bundle for node24, without the packages it must not carry. How fast it starts
// is the start-up bench's to say (bench/, docs/performance.md), not a list of what each chunk holds.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT } from '../harness/run-action.js'

const dist = join(ROOT, 'dist')

describe('dist/', () => {
  it("holds none of @actions/artifact's download half: unzip-stream and `buffers` (no licence; approved in .licensee.json only because it is not shipped)", () => {
    const all = readdirSync(dist)
      .filter(f => f.endsWith('.js'))
      .map(f => readFileSync(join(dist, f), 'utf8'))
    expect(all.some(text => /Buffers\.prototype\.|function UnzipStream/.test(text))).toBe(false)
  })

  it('is an ES module bundle for node24', () => {
    expect(JSON.parse(readFileSync(join(dist, 'package.json'), 'utf8'))).toEqual({ type: 'module' })
    expect(readFileSync(join(ROOT, 'action.yml'), 'utf8')).toContain('using: node24')
  })
})

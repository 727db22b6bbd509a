// What dist/index.js loads at start-up: the start-up budget (bench/) depends on the heavy parts staying
// in chunks that are imported only when needed.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT } from '../harness/run-action.js'

const dist = join(ROOT, 'dist')
const entry = readFileSync(join(dist, 'index.js'), 'utf8')

describe('dist/', () => {
  it.each([
    ['@actions/github (octokit)', /@octokit|getOctokit/],
    ['@actions/core', /getIDToken|exportVariable/],
    ['undici', /llhttp|MockAgent/],
    ['zod', /\$ZodType|node_modules\/zod/],
    ['@actions/cache (and the Azure SDK)', /BlockBlobClient|GetCacheEntryDownloadURL/],
    ['@actions/artifact (its upload)', /CreateArtifactRequest|createRawFileUploadStream/]
  ])('keeps %s out of the entry chunk', (_name, marker) => {
    expect(entry).not.toMatch(marker)
    expect(
      readdirSync(dist)
        .filter(f => f !== 'index.js' && f.endsWith('.js'))
        .some(f => marker.test(readFileSync(join(dist, f), 'utf8')))
    ).toBe(true)
  })

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

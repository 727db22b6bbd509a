// The README documents exactly what action.yml declares.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT, readActionYml } from '../harness/run-action.js'
import { renderReadme } from '../../scripts/readme-tables.js'

describe('README', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
  it('has inputs and outputs tables equal to what action.yml generates (npm run docs)', () => {
    expect(readme).toBe(renderReadme(readme))
  })
  it('starts with the two commands a newcomer runs', () => {
    const firstBlock = /```(?:sh|bash)\n([\s\S]*?)```/.exec(readme)?.[1] ?? ''
    expect(firstBlock).toContain('npm ci && npm run demo')
    expect(firstBlock).toContain('npm ci && npm test')
  })
  it('action.yml runs on node24 from dist/index.js', () => {
    const yml = readFileSync(join(ROOT, 'action.yml'), 'utf8')
    expect(yml).toMatch(/using: node24\n\s+main: dist\/index\.js/)
    expect(Object.keys(readActionYml().inputs)).toContain('api-key')
  })
})

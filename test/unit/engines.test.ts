// package.json's engines tell the truth about the lock file: every installed package runs on the oldest Node
// of each line engines names, except the bundled ones CONTRIBUTING lists, which need only the action's Node 24.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { ROOT } from '../harness/run-action.js'

// semver comes with npm's tool chain (no types of its own here): the two functions used, typed.
const semver = createRequire(import.meta.url)('semver') as { satisfies(version: string, range: string): boolean; minVersion(range: string): { version: string } }

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { engines: { node: string } }
const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { version?: string; engines?: { node?: unknown } }> }
const contributing = readFileSync(join(ROOT, 'CONTRIBUTING.md'), 'utf8')
const oldest = pkg.engines.node.split('||').map(line => semver.minVersion(line.trim()).version)
const RUNTIME = '24.0.0'

/** Installed packages whose engines refuse one of the oldest Node versions engines allows, by name. */
function refusing(): Map<string, string> {
  const found = new Map<string, string>()
  for (const [path, entry] of Object.entries(lock.packages)) {
    const range = entry.engines?.node
    if (!path || typeof range !== 'string') continue
    if (oldest.some(version => !semver.satisfies(version, range))) found.set(path.replace(/^.*node_modules\//, ''), range)
  }
  return found
}

describe('engines', () => {
  it('allow Node 20 (CI runs the suite on it) and a current Node 24 (the action runtime)', () => {
    expect(oldest[0]).toMatch(/^20\./)
    expect(semver.satisfies('24.13.0', pkg.engines.node)).toBe(true)
  })

  it('are met by every installed package but those CONTRIBUTING names as needing Node 22, each of which runs on the action runtime', () => {
    const why = contributing.slice(contributing.indexOf('## Why these versions'))
    const exceptions = [...refusing()]
    expect(exceptions.length).toBeGreaterThan(0)
    for (const [name, range] of exceptions) {
      expect(`${name} ${why.includes(`\`${name}\``) ? 'named' : 'not named'}`).toBe(`${name} named`)
      expect(`${name} ${range} ${semver.satisfies(RUNTIME, range) ? 'runs on Node 24' : 'needs more'}`).toBe(`${name} ${range} runs on Node 24`)
    }
  })
})

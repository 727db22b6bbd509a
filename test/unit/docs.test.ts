// The README documents exactly what action.yml declares.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT, readActionYml } from '../harness/run-action.js'
import { renderReadme } from '../../scripts/readme-tables.js'
import { VIDEO_FROM } from '../../src/inputs/manifest.js'
import { CATALOG } from '../../src/evolink/catalog.js'
import type { FieldSpec } from '../../src/evolink/catalog-types.js'

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
  it('names only inputs that exist: every input in backticks, and every input of the model table, is declared in action.yml', () => {
    const declared = new Set(Object.keys(readActionYml().inputs))
    const table = readme.slice(readme.indexOf('<!-- models:start -->'), readme.indexOf('<!-- models:end -->'))
    const named = new Set<string>()
    for (const row of table.split('\n').filter(line => line.startsWith('| `'))) {
      const cells = row.split(' | ')
      const takes = cells[1] ?? ''
      const requires = (cells[cells.length - 1] ?? '').replace(/ \|$/, '')
      for (const name of `${takes.split(', and in params:')[0]}, ${requires}`.split(/,\s*| or /)) {
        const input = name.replace(/\(one line\)|\|/g, '').trim()
        if (input && input !== '—' && !input.startsWith('params')) named.add(input)
      }
    }
    expect(named.size).toBeGreaterThan(10)
    expect([...named].filter(input => !declared.has(input))).toEqual([])
    // Inline code that looks like an input with a colon (`reuse: identical`) names a declared input.
    const written = [...readme.matchAll(/`([a-z][a-z-]+): [^`]*`/g)].map(m => m[1] as string)
    const workflowKeys = [
      'permissions',
      'contents',
      'pull-requests',
      'uses',
      'runs',
      'strategy',
      'matrix',
      'release',
      'fail-fast',
      'max-parallel',
      'on',
      'with',
      'env',
      'if',
      'needs',
      'steps',
      'jobs',
      'name'
    ]
    // Keys of a manifest entry that are not step inputs.
    const manifestKeys = ['id', VIDEO_FROM]
    expect(written.filter(input => !declared.has(input) && !workflowKeys.includes(input) && !manifestKeys.includes(input))).toEqual([])
  })

  it('action.yml runs on node24 from dist/index.js', () => {
    const yml = readFileSync(join(ROOT, 'action.yml'), 'utf8')
    expect(yml).toMatch(/using: node24\n\s+main: dist\/index\.js/)
    expect(Object.keys(readActionYml().inputs)).toContain('api-key')
  })
})

// Figures in docs/performance.md that a change can make stale without anyone re-running the benches.
describe('docs/performance.md', () => {
  const performance = readFileSync(join(ROOT, 'docs', 'performance.md'), 'utf8')

  it('lists exactly the benches bench/run.ts has, there and in the bench file', () => {
    const source = readFileSync(join(ROOT, 'bench', 'run.ts'), 'utf8')
    const table = /const BENCHES[^{]*\{([\s\S]*?)\n\}/.exec(source)?.[1] ?? ''
    const names = [...table.matchAll(/^\s+'?([a-z-]+)'?[:,\n]/gm)].map(m => m[1])
    expect(names.length).toBeGreaterThan(5)
    const listed = (text: string) => /npm run bench \[([a-z|-]+)\]/.exec(text)?.[1]?.split('|')
    expect(listed(performance)).toEqual(names)
    expect(listed(source)).toEqual(names)
  })

  it("states dist/'s sizes within 10% of the bundle built for this test run", () => {
    const kib = (file: string) => statSync(join(ROOT, 'dist', file)).size / 1024
    const entry = kib('index.js')
    const total = readdirSync(join(ROOT, 'dist'))
      .filter(file => file.endsWith('.js'))
      .reduce((sum, file) => sum + kib(file), 0)
    const stated = /`dist\/index\.js` (\d+) KiB of (\d+) KiB of JavaScript/.exec(performance)
    expect(stated).not.toBeNull()
    expect(Math.abs(Number(stated?.[1]) / entry - 1)).toBeLessThan(0.1)
    expect(Math.abs(Number(stated?.[2]) / total - 1)).toBeLessThan(0.1)
  })
})

// docs/models.md's figures, counted again from the generated catalogue and the OpenAPI files it was made from.
describe('docs/models.md', () => {
  const models = readFileSync(join(ROOT, 'docs', 'models.md'), 'utf8')
  const flat = models.replace(/\s+/g, ' ')
  const specs = Object.values(CATALOG)

  /** The numbers a figure's pattern finds in the page (a short failure message, not the whole page). */
  const stated = (pattern: RegExp) => pattern.exec(flat)?.slice(1).map(Number)

  it('counts the files and models the catalogue holds', () => {
    const files = (dir: string): number =>
      readdirSync(dir, { withFileTypes: true }).reduce((n, entry) => n + (entry.isDirectory() ? files(join(dir, entry.name)) : entry.name.endsWith('.json') ? 1 : 0), 0)
    expect(stated(/(\d+) files, (\d+) models/)).toEqual([files(join(ROOT, 'docs', 'evolink-openapi', 'video-series')), specs.length])
  })

  it('counts the rules across fields and the models that have them', () => {
    const rules = specs.map(spec => spec.rules?.length ?? 0)
    expect(stated(/(\d+) rules on (\d+) models/)).toEqual([rules.reduce((a, b) => a + b, 0), rules.filter(n => n > 0).length])
  })

  it('counts the image fields and those with a file rule', () => {
    let images = 0
    let withFile = 0
    const walk = (spec: FieldSpec) => {
      if (spec.media === 'image') {
        images++
        if (spec.file) withFile++
      }
      Object.values(spec.properties ?? {}).forEach(walk)
      if (spec.items) walk(spec.items)
    }
    for (const spec of specs) Object.values(spec.fields).forEach(walk)
    expect(stated(/(\d+) of the (\d+) image fields have one/)).toEqual([withFile, images])
  })

  it('counts the sentences that name values as the catalogue test reads them', () => {
    const read = /^# (\d+) sentences name values/m.exec(readFileSync(join(ROOT, 'test', 'unit', 'catalog-unread.txt'), 'utf8'))?.[1] ?? ''
    expect(stated(/\(([\d,]+) of them\)/)?.length).toBe(1)
    expect(/\(([\d,]+) of them\)/.exec(flat)?.[1]).toBe(Number(read).toLocaleString('en-US'))
  })
})

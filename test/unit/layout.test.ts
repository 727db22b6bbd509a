// The layout shows the architecture: src/ folders by concern, data flowing one way. A module may import
// from its own folder and from folders before it in LAYERS, never from one after it.
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { ROOT } from '../harness/run-action.js'

/** Lowest first: shared types and text helpers, the network, the runner and GitHub, EvoLink's API, the inputs, the task, the report, delivery, one video (video), the step's plan, scheduler and report (step), then the story (main). */
const LAYERS = ['.', 'net', 'github', 'evolink', 'inputs', 'task', 'report', 'delivery', 'video', 'step', 'main']
const SRC = join(ROOT, 'src')

function modules(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap(entry =>
    entry.isDirectory() ? modules(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : []
  )
}
const layerOf = (file: string) => {
  const rel = relative(SRC, file)
  if (rel === 'main.ts' || rel === 'index.ts') return LAYERS.indexOf('main')
  return LAYERS.indexOf(rel.includes('/') ? (rel.split('/')[0] ?? '') : '.')
}

const files = modules(SRC)

it.each(files.map(f => [relative(ROOT, f), f]))('%s imports only from its layer or lower ones', (_name, file) => {
  const text = readFileSync(file, 'utf8')
  const upward = [...text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)\.js'/g)]
    .map(m => resolve(dirname(file), `${m[1]}.ts`))
    .filter(target => layerOf(target) > layerOf(file))
    .map(target => relative(SRC, target))
  expect(upward).toEqual([])
})

it('every folder of src/ is a known layer, and every module starts with a header comment', () => {
  for (const file of files) {
    expect(layerOf(file)).toBeGreaterThanOrEqual(0)
    expect(readFileSync(file, 'utf8')).toMatch(/^\/\/ \S/)
  }
})
